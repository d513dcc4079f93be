import { describe, expect, it } from 'vitest';
import { evidenceSnippet, exampleTexts } from '../../src/report/evidence-snippet.js';
import { sampleReport } from './sample-report.js';

describe('evidenceSnippet', () => {
  const texts = new Map([['T1', '客户来电反映丽景小区宽带三天两头掉线，要求尽快上门处理']]);

  it('evidenceSnippet(evidence, texts, radius) cuts context around the span and marks the cuts', () => {
    const s = evidenceSnippet({ ticketId: 'T1', start: 6, end: 10, text: '丽景小区' }, texts, 3);
    expect(s).toEqual({ ticketId: 'T1', before: '…电反映', match: '丽景小区', after: '宽带三…' });
  });

  it('evidenceSnippet(evidence, texts) splits the evidence context around its words when it has one', () => {
    const s = evidenceSnippet({ ticketId: 'T9', start: 40, end: 42, text: '推脱', context: '客服态度很差，一直推脱！' }, texts);
    expect(s).toEqual({ ticketId: 'T9', before: '客服态度很差，一直', match: '推脱', after: '！' });
    expect(evidenceSnippet({ ticketId: 'T9', start: 0, end: 2, text: '宽带', context: '不含' }, texts).before).toBe('');
  });

  it('evidenceSnippet(evidence, texts) gives the bare span when the text is unknown or the offsets do not fit', () => {
    expect(evidenceSnippet({ ticketId: 'T9', start: 0, end: 2, text: '宽带' }, texts)).toEqual({ ticketId: 'T9', before: '', match: '宽带', after: '' });
    expect(evidenceSnippet({ ticketId: 'T1', start: 0, end: 2, text: '宽带' }, texts).before).toBe('');
  });

  it('evidenceSnippet(evidence, texts, radius) never cuts a surrogate pair', () => {
    const s = evidenceSnippet({ ticketId: 'E', start: 4, end: 6, text: '掉线' }, new Map([['E', 'a😀b掉线c😀d']]), 2);
    expect(s.before).toBe('…😀b');
    expect(s.after).toBe('c😀…');
  });

  it('exampleTexts(report) maps the issue example tickets to their texts', () => {
    const texts = exampleTexts(sampleReport());
    expect([...texts.keys()]).toEqual(['T1', 'T2', 'T3']);
  });
});
