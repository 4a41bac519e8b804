import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// Domain words that the stock dictionary splits apart (运单号 → 运单/号, 快递员 → 快递/员).
const DOMAIN_WORDS = ['运单号', '快递单号', '冷链', '快递员', '配送员', '派件员', '快递柜', '菜鸟驿站', '错发', '漏发', '漏送', '少送', '少件', '缺件', '空包', '代签', '化冻', '温控', '价签', '闪退'];

// A high frequency makes jieba keep the word whole even next to common characters.
const USER_WORD_FREQ = 50000;

let jieba: Jieba | undefined;
const loaded = new Set<string>();

function instance(): Jieba {
  if (jieba === undefined) {
    // Jieba v2 has no built-in dictionary; without one every character becomes a token.
    jieba = Jieba.withDict(dict);
    loadWords(jieba, DOMAIN_WORDS);
  }
  return jieba;
}

function loadWords(j: Jieba, words: readonly string[]): void {
  const fresh = words.map((w) => normalizeText(w).trim()).filter((w) => w.length > 1 && !/\s/.test(w) && !loaded.has(w));
  if (fresh.length === 0) return;
  j.loadDict(Buffer.from(fresh.map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n') + '\n', 'utf8'));
  for (const w of fresh) loaded.add(w);
}

export function addUserWords(words: readonly string[]): void {
  loadWords(instance(), words);
}

// NFKC folds full-width letters and digits (ＡＰＰ, １２３１５) so keywords and tokens match either way.
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

export function segment(text: string): string[] {
  return instance().cut(normalizeText(text), true);
}

const STOPWORDS = new Set([
  '的', '了', '我', '你', '他', '她', '它', '我们', '你们', '他们', '是', '在', '都', '就', '也', '还', '又', '和', '跟', '与', '给', '把', '被', '让',
  '吧', '啊', '呢', '吗', '呀', '哦', '嘛', '啦', '么', '这', '那', '这个', '那个', '一个', '个', '着', '过', '地', '得', '之', '而', '及', '或',
  '你好', '您好', '请问', '谢谢', '麻烦', '一下', '然后', '就是', '但是', '可是', '因为', '所以', '如果', '已经', '现在', '今天', '昨天',
]);

const WAYBILL_RE = /^[a-z]{0,4}\d{8,}$/;
const PHONE_RE = /^1\d{10}$/;
const NUMBER_RE = /^\d+(\.\d+)?$/;
const WORDLIKE_RE = /[\p{L}\p{N}]/u;

// Tokens for the model: punctuation and stopwords dropped; waybills, phones and amounts collapsed to
// placeholders so the model learns "a number was given" instead of memorising one customer's digits.
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of segment(text)) {
    const t = raw.trim();
    if (t === '' || !WORDLIKE_RE.test(t) || STOPWORDS.has(t)) continue;
    if (t === '12305' || t === '12315') out.push(t);
    else if (PHONE_RE.test(t)) out.push('<phone>');
    else if (WAYBILL_RE.test(t)) out.push('<waybill>');
    else if (NUMBER_RE.test(t)) out.push('<num>');
    else out.push(t);
  }
  return out;
}
