import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { detectFields } from '../../src/read/detect-fields.js';

describe('detectFields', () => {
  it('detectFields(headers) finds the usual Chinese ticket columns', () => {
    const headers = ['工单编号', '受理时间', '客户号码', '地市', '受理渠道', '投诉类型', '投诉内容', '处理结果'];
    expect(detectFields(headers, [])).toEqual({
      id: '工单编号',
      text: ['投诉内容'],
      time: '受理时间',
      customer: '客户号码',
      region: '地市',
      channel: '受理渠道',
      category: '投诉类型',
    });
  });

  it('detectFields(headers) finds CFPB-style English columns whatever their case', () => {
    const headers = ['Date received', 'Product', 'Consumer complaint narrative', 'State', 'Submitted via', 'Complaint ID'];
    expect(detectFields(headers, [])).toEqual({
      id: 'Complaint ID',
      text: ['Consumer complaint narrative'],
      time: 'Date received',
      region: 'State',
      channel: 'Submitted via',
      category: 'Product',
    });
  });

  it.each([['留言主题'], ['工单标题'], ['问题简述'], ['主题'], ['标题'], ['subject'], ['Title'], ['Issue']])('detectFields(headers) takes %s as the title', (header) => {
    expect(detectFields(['id', header, '内容'], []).title).toBe(header);
  });

  it('detectFields(a 10000 complaint export) maps 单号, 用户标识, 时间, 渠道, 区县 and 问题描述', () => {
    const headers = ['单号', '用户标识', '时间', '渠道', '区县', '问题描述'];
    expect(detectFields(headers, [])).toMatchObject({ id: '单号', customer: '用户标识', time: '时间', channel: '渠道', region: '区县', text: ['问题描述'] });
  });

  it.each([['投诉对象'], ['被投诉方'], ['被投诉企业'], ['商家名称'], ['Company'], ['店铺'], ['门店名称'], ['shop'], ['Store_Name']])('detectFields(headers) takes %s as the entity', (header) => {
    expect(detectFields(['投诉编号', header, '投诉标题', '投诉内容'], []).entity).toBe(header);
  });

  it('detectFields(a complaint platform export) maps 投诉对象 to the entity and 投诉标题 is not it', () => {
    expect(detectFields(['投诉编号', '投诉对象', '投诉标题', '投诉内容', '投诉时间'], [])).toMatchObject({ id: '投诉编号', entity: '投诉对象', text: ['投诉内容'], time: '投诉时间' });
  });

  it('detectFields(a citizen message board export) maps 留言编号, 留言用户, 留言主题, 留言时间 and 留言详情', () => {
    const headers = ['留言编号', '留言用户', '留言主题', '留言时间', '留言详情', '点赞数', '反对数'];
    expect(detectFields(headers, [])).toMatchObject({ id: '留言编号', customer: '留言用户', title: '留言主题', time: '留言时间', text: ['留言详情'] });
  });

  it('detectFields(CFPB headers) takes Issue, not Sub-issue, as the title', () => {
    expect(detectFields(['Date received', 'Product', 'Issue', 'Sub-issue', 'Consumer complaint narrative'], []).title).toBe('Issue');
  });

  it('detectFields(headers, sample) prefers the id_ column with values over an empty id column', () => {
    const headers = ['brand', 'datetime', 'desc', 'id', 'id_'];
    const sample = [
      { brand: 'a', datetime: '2020-08-29', desc: 'x', id: '', id_: '515601' },
      { brand: 'b', datetime: '2020-08-29', desc: 'y', id: '', id_: '515594' },
    ];
    expect(detectFields(headers, sample).id).toBe('id_');
    expect(detectFields(headers, []).id).toBe('id');
  });

  it('detectFields(headers) prefers the better-ranked name and falls back to header fragments', () => {
    expect(detectFields(['内容', '问题描述'], []).text).toEqual(['问题描述']);
    expect(detectFields(['投诉内容详情', '受理日期'], [])).toEqual({ text: ['投诉内容详情'], time: '受理日期' });
  });

  it('detectFields(headers, sample, fixed) keeps fixed roles and does not reuse their columns', () => {
    const map = detectFields(['时间', '描述', '内容'], [], { text: ['内容'] });
    expect(map).toEqual({ text: ['内容'], time: '时间' });
  });

  it('detectFields(headers) throws an InputError naming the headers when no text column exists', () => {
    const call = (): unknown => detectFields(['编号', '时间', '金额'], [], {}, 'a.csv');
    expect(call).toThrow(InputError);
    expect(call).toThrow(/a\.csv: expected a text column.*got headers: 编号, 时间, 金额/);
  });
});
