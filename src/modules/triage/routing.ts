import type { Channel, DepartmentCode, IndustryPreset, RoutingRule } from '../presets/preset.schema.ts';

export type RoutingInput = {
  category: string;
  stage?: string | null | undefined;
  channel?: Channel | null | undefined;
  store?: string | null | undefined;
};

export type RoutingDecision = { departmentCode: DepartmentCode; rule: RoutingRule | null; reasonZh: string; reasonEn: string };

function matches(rule: RoutingRule, input: RoutingInput): boolean {
  if (rule.category !== undefined && rule.category !== input.category) return false;
  if (rule.stage !== undefined && rule.stage !== input.stage) return false;
  if (rule.channel !== undefined && rule.channel !== input.channel) return false;
  if (rule.storePrefix !== undefined && !(input.store ?? '').startsWith(rule.storePrefix)) return false;
  return true;
}

const specificity = (r: RoutingRule): number =>
  [r.category, r.stage, r.channel, r.storePrefix].filter((x) => x !== undefined).length;

// The most specific matching rule wins ("loss in transport" beats "loss"), so rule order only breaks ties.
export function routeCase(preset: IndustryPreset, input: RoutingInput): RoutingDecision {
  let best: RoutingRule | null = null;
  for (const rule of preset.routing.rules) {
    if (matches(rule, input) && (best === null || specificity(rule) > specificity(best))) best = rule;
  }
  if (best === null) {
    const d = preset.routing.defaultDepartmentCode;
    return { departmentCode: d, rule: null, reasonZh: `无匹配规则，默认分派至 ${d}`, reasonEn: `no rule matched; default department ${d}` };
  }
  const parts: Array<[string, string]> = [];
  if (best.category !== undefined) parts.push([`类别=${best.category}`, `category=${best.category}`]);
  if (best.stage !== undefined) parts.push([`环节=${best.stage}`, `stage=${best.stage}`]);
  if (best.channel !== undefined) parts.push([`渠道=${best.channel}`, `channel=${best.channel}`]);
  if (best.storePrefix !== undefined) parts.push([`门店前缀=${best.storePrefix}`, `store prefix=${best.storePrefix}`]);
  return {
    departmentCode: best.departmentCode,
    rule: best,
    reasonZh: `${parts.map((p) => p[0]).join('，')} → ${best.departmentCode}`,
    reasonEn: `${parts.map((p) => p[1]).join(', ')} → ${best.departmentCode}`,
  };
}
