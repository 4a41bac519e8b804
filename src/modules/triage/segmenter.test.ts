import { describe, expect, it } from 'vitest';
import { addUserWords, segment, tokenize } from './segmenter.ts';

describe('segmenter', () => {
  it('should segment into words, not single characters, when the jieba dictionary is loaded', () => {
    const words = segment('我的快递三天没到');
    expect(words).toContain('快递');
    expect(words).toContain('三天');
    expect(words.length).toBeLessThan('我的快递三天没到'.length);
  });

  it('should keep domain words whole when they are in the user dictionary', () => {
    const words = segment('运单号SF1234567890冷链断了快递员态度很差');
    expect(words).toEqual(expect.arrayContaining(['运单号', '冷链', '快递员']));
  });

  it('should accept extra user words at run time', () => {
    expect(segment('丢了一个保温周转箱')).not.toContain('保温周转箱');
    addUserWords(['保温周转箱']);
    expect(segment('丢了一个保温周转箱')).toContain('保温周转箱');
  });

  it('should drop punctuation and stopwords and collapse waybills, phones and amounts when tokenizing', () => {
    const tokens = tokenize('你好，运单SF1402239871的快递丢了！电话13812345678，价值 299 元');
    expect(tokens).toContain('<waybill>');
    expect(tokens).toContain('<phone>');
    expect(tokens).toContain('<num>');
    expect(tokens).not.toContain('，');
    expect(tokens).not.toContain('的');
    expect(tokens).toContain('丢');
  });

  it('should fold full-width characters so ＡＰＰ and １２３１５ match their ASCII forms', () => {
    expect(tokenize('我要打１２３１５')).toContain('12315');
  });
});
