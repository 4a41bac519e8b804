import { describe, expect, it } from 'vitest';
import { createClassifier, matchKeyword, mentionedAmountsYuan, parseModel, retrain, trainModel } from './classifier.ts';
import { LABELLED_COMPLAINTS } from './eval/labelled-complaints.ts';
import { splitLabelled } from './eval/split.ts';
import { getPreset } from '../presets/index.ts';

const { train } = splitLabelled(LABELLED_COMPLAINTS);
const model = trainModel(train);
const express = createClassifier(getPreset('express'), model);
const rulesOnly = createClassifier(getPreset('express'));

describe('createClassifier', () => {
  it('should suggest delay with the deciding words when the parcel has not arrived in three days', () => {
    for (const sut of [rulesOnly, express]) {
      const s = sut.suggest('我的快递三天没到');
      expect(s.category.code).toBe('delay');
      expect(s.category.confidence).toBeGreaterThan(0.4);
      const terms = s.category.reasons.map((r) => r.term);
      expect(terms.some((t) => t.includes('没到'))).toBe(true);
      expect(s.category.reasons.every((r) => r.contribution > 0)).toBe(true);
    }
  });

  it('should fall back to "other" with low confidence when there is no evidence and no model', () => {
    const s = rulesOnly.suggest('你好');
    expect(s.category.code).toBe('other');
    expect(s.category.decidedBy).toBe('fallback');
    expect(s.category.confidence).toBeLessThan(0.5);
  });

  it('should ignore a negated keyword', () => {
    const s = rulesOnly.suggest('外包装没有破损，但是打开发现少了一件');
    expect(s.category.code).toBe('loss');
    expect(s.category.reasons.map((r) => r.term)).not.toContain('破损');
  });

  it('should only suggest categories of its own preset', () => {
    const fresh = createClassifier(getPreset('fresh-food'), model);
    const codes = new Set(getPreset('fresh-food').categories.map((c) => c.code));
    for (const e of LABELLED_COMPLAINTS.slice(0, 40)) {
      const s = fresh.suggest(e.text);
      expect(codes.has(s.category.code)).toBe(true);
      for (const a of s.category.alternatives) expect(codes.has(a.code)).toBe(true);
    }
  });

  it('should flag an upset customer with the words that decided it', () => {
    const s = express.suggest('第三次打电话了！！你们再不解决我就投诉到12305，还要发微博曝光');
    expect(s.upset.upset).toBe(true);
    expect(s.upset.confidence).toBeGreaterThan(0.8);
    const terms = s.upset.reasons.map((r) => r.term);
    expect(terms).toEqual(expect.arrayContaining(['再不解决', '12305', '曝光']));
    expect(s.signals.postalRegulator.detected).toBe(true);
    expect(s.signals.publicExposure.detected).toBe(true);
  });

  it.each([
    ['快递员骂人，什么素质，气死我了'],
    ['客户来电情绪激动，要求找你们领导'],
    ['我已经咨询了律师，准备起诉你们'],
    ['到底什么时候送？？？'],
  ])('should flag upset when the text is %s', (text) => {
    expect(rulesOnly.suggest(text).upset.upset).toBe(true);
  });

  it.each([['您好，我的包裹好像还没到，麻烦帮忙查一下，谢谢'], ['想问一下寄到香港要多久'], ['寄给我妈的降压药还没到']])(
    'should not flag upset when the text is %s',
    (text) => {
      const s = rulesOnly.suggest(text);
      expect(s.upset.upset).toBe(false);
      expect(s.upset.confidence).toBeGreaterThan(0.5);
    },
  );

  it('should suggest critical urgency when someone was hurt', () => {
    const s = rulesOnly.suggest('孩子吃了你们送的熟食上吐下泻，已经去医院了');
    expect(s.urgency.level).toBe('critical');
    expect(s.urgency.reasons.map((r) => r.term)).toEqual(expect.arrayContaining(['医院']));
  });

  it('should raise urgency for food quality in the fresh-food preset and mark food safety', () => {
    const s = createClassifier(getPreset('fresh-food')).suggest('今天送来的草莓全烂了，还有几个发霉');
    expect(s.category.code).toBe('food_quality');
    expect(s.urgency.level).toBe('urgent');
    expect(s.signals.foodSafety.detected).toBe(true);
  });

  it('should notice valuables and named amounts', () => {
    expect(mentionedAmountsYuan('保价了8000，价值三万，值两千，一万多，6000块').map((a) => a.yuan)).toEqual(
      expect.arrayContaining([8000, 30000, 2000, 10000, 6000]),
    );
    const s = rulesOnly.suggest('寄的笔记本电脑屏幕碎了，保价了8000');
    expect(s.signals.valuables.detected).toBe(true);
    expect(s.urgency.level).toBe('urgent');
  });

  it('should suggest a stage when the text names one', () => {
    expect(rulesOnly.suggest('你们暴力分拣把我的箱子摔坏了')?.stage?.code).toBe('sorting');
    expect(rulesOnly.suggest('东西坏了')?.stage).toBeNull();
  });
});

describe('trainModel / retrain', () => {
  it('should survive a JSON round trip so the model can be stored in the database', () => {
    const json = JSON.stringify(model);
    const restored = parseModel(JSON.parse(json));
    expect(restored).toEqual(model);
    const text = '收到的东西和订单上的不一样';
    expect(createClassifier(getPreset('express'), restored).suggest(text)).toEqual(express.suggest(text));
    expect(() => parseModel({ format: 'something-else' })).toThrow();
  });

  it('should record a leave-one-out quality estimate when trained', () => {
    expect(model.examples).toBe(train.length);
    expect(model.quality.category.looAccuracy).toBeGreaterThan(model.quality.category.baselineAccuracy);
    expect(model.quality.category.skill).toBeGreaterThan(0);
  });

  it('should let the model decide when no keyword fires', () => {
    const s = express.suggest('收到的瓷碗成了一堆渣');
    expect(s.category.decidedBy).toBe('model');
    expect(s.category.reasons.every((r) => r.source === 'model')).toBe(true);
  });

  it('should change a suggestion when retrained with a correction', () => {
    const text = '收到的瓷碗成了一堆渣';
    const before = express.suggest(text).category.code;
    expect(before).not.toBe('damage');
    const corrected = retrain(model, [{ text, category: 'damage', urgency: 'normal' }]);
    expect(model.category.classes.damage?.counts['渣']).toBeUndefined();
    const after = createClassifier(getPreset('express'), corrected).suggest(text);
    expect(after.category.code).toBe('damage');
    expect(after.category.reasons.map((r) => r.term)).toContain('渣');
    // A similar but unseen text benefits too.
    expect(createClassifier(getPreset('express'), corrected).suggest('盘子到手成了一堆渣').category.code).toBe('damage');
  });

  it('should unlearn the old label when a relabelled case says what it replaces', () => {
    const text = '面单上的名字被涂改了';
    const once = trainModel([...train, { text, category: 'other' }]);
    const relabelled = retrain(once, [{ text, category: 'wrong_item', replaces: { category: 'other' } }], { correctionWeight: 1 });
    expect(relabelled.category.classes.other?.docs).toBe((once.category.classes.other?.docs ?? 0) - 1);
    expect(relabelled.category.classes.wrong_item?.docs).toBe((once.category.classes.wrong_item?.docs ?? 0) + 1);
  });

  it('should ignore a model trained on too few examples', () => {
    const tiny = trainModel([{ text: '快递丢了', category: 'loss' }]);
    expect(createClassifier(getPreset('express'), tiny).modelInUse).toBe(false);
  });
});

describe('keyword gaps', () => {
  it('should match a gap of up to four characters within one clause, and not across a comma', () => {
    expect(matchKeyword('少了3件货', '少*件'.split('*'))).toEqual({ start: 0, end: 4 });
    expect(matchKeyword('少一件', '少*件'.split('*'))).toEqual({ start: 0, end: 3 });
    expect(matchKeyword('少了好多好多件', '少*件'.split('*'))).toBeNull();
    expect(matchKeyword('少了，一件', '少*件'.split('*'))).toBeNull();
    expect(matchKeyword('快递没到', ['没到'])).toEqual({ start: 2, end: 4 });
  });

  it('should finish matching a keyword of many gaps against a long text that almost matches (no catastrophic backtracking)', () => {
    // As a regular expression this keyword backtracks through 5^19 ways of splitting the gaps before failing.
    const term = `${'啊*'.repeat(19)}完`;
    const preset = getPreset('express');
    const stalled = createClassifier({
      ...preset,
      categories: preset.categories.map((c, i) => (i === 0 ? { ...c, keywords: [...c.keywords, { term, weight: 1 }] } : c)),
    });
    const s = stalled.suggest('啊'.repeat(3000));
    expect(s.category.code).toEqual(expect.any(String));
    expect(matchKeyword(`${'啊'.repeat(30)}完`, term.split('*'))).toEqual({ start: 0, end: 31 });
  });
});
