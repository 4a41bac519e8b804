// Pure routing rules: which department a case goes to, and which member gets it.

export type RuleConditions = {
  category: string | null;
  stage: string | null;
  channel: string | null;
  storePrefix: string | null;
};

export type RoutingFacts = {
  category: string | null;
  stage: string | null;
  channel: string;
  store: string | null;
};

function matches(rule: RuleConditions, f: RoutingFacts): boolean {
  if (rule.category !== null && rule.category !== f.category) return false;
  if (rule.stage !== null && rule.stage !== f.stage) return false;
  if (rule.channel !== null && rule.channel !== f.channel) return false;
  if (rule.storePrefix !== null && !(f.store ?? '').startsWith(rule.storePrefix)) return false;
  return true;
}

const specificity = (r: RuleConditions) => [r.category, r.stage, r.channel, r.storePrefix].filter((x) => x !== null).length;

/** The most specific matching rule wins ("loss in transport" beats "loss"); position breaks ties. */
export function matchRule<R extends RuleConditions & { position: number }>(rules: readonly R[], facts: RoutingFacts): R | null {
  let best: R | null = null;
  for (const r of rules) {
    if (!matches(r, facts)) continue;
    if (!best || specificity(r) > specificity(best) || (specificity(r) === specificity(best) && r.position < best.position)) best = r;
  }
  return best;
}

type Names = { zh: string; en: string };
/** How a rule's codes read to people; a code without a name is shown as it is. */
export type RuleVocabulary = {
  category?: (code: string) => Names | undefined;
  stage?: (code: string) => Names | undefined;
  channel?: (code: string) => Names | undefined;
};

export function describeRule(r: RuleConditions, departmentName: string, vocabulary: RuleVocabulary = {}): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const name = (lookup: ((code: string) => Names | undefined) | undefined, code: string) => lookup?.(code) ?? { zh: code, en: code };
  if (r.category !== null) {
    const n = name(vocabulary.category, r.category);
    zh.push(`类别=${n.zh}`);
    en.push(`category=${n.en}`);
  }
  if (r.stage !== null) {
    const n = name(vocabulary.stage, r.stage);
    zh.push(`环节=${n.zh}`);
    en.push(`stage=${n.en}`);
  }
  if (r.channel !== null) {
    const n = name(vocabulary.channel, r.channel);
    zh.push(`渠道=${n.zh}`);
    en.push(`channel=${n.en}`);
  }
  if (r.storePrefix !== null) (zh.push(`门店以"${r.storePrefix}"开头`), en.push(`store starts with "${r.storePrefix}"`));
  return { zh: `${zh.join('，') || '默认规则'} → ${departmentName}`, en: `${en.join(', ') || 'default rule'} → ${departmentName}` };
}

export type Member = { id: string; username: string; openCases: number };

/**
 * Picks the member for a routed case among those on duty: round robin takes turns in username order
 * after the last one served; least load takes the fewest open cases (username breaks ties).
 */
export function pickMember<M extends Member>(
  members: readonly M[],
  strategy: 'round_robin' | 'least_load' | 'none',
  lastAssignedUserId: string | null,
): M | null {
  if (strategy === 'none' || members.length === 0) return null;
  const ordered = [...members].sort((a, b) => a.username.localeCompare(b.username));
  if (strategy === 'round_robin') {
    const i = ordered.findIndex((m) => m.id === lastAssignedUserId);
    return ordered[(i + 1) % ordered.length] ?? null;
  }
  return ordered.reduce((best, m) => (m.openCases < best.openCases ? m : best), ordered[0]!);
}
