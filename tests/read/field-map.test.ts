import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { parseFieldsOption } from '../../src/read/field-map.js';

describe('parseFieldsOption', () => {
  it('parseFieldsOption(spec) reads every role and joins text columns with +', () => {
    expect(parseFieldsOption('id=工单编号,text=问题描述+处理意见,time=受理时间,customer=客户号码,region=地市,channel=渠道,category=投诉类型')).toEqual({
      id: '工单编号',
      text: ['问题描述', '处理意见'],
      time: '受理时间',
      customer: '客户号码',
      region: '地市',
      channel: '渠道',
      category: '投诉类型',
    });
  });

  it('parseFieldsOption(spec) reads an entity column', () => {
    expect(parseFieldsOption('text=投诉内容,entity=投诉对象')).toEqual({ text: ['投诉内容'], entity: '投诉对象' });
  });

  it('parseFieldsOption(spec) reads a title column', () => {
    expect(parseFieldsOption('text=留言详情,title=留言主题')).toEqual({ text: ['留言详情'], title: '留言主题' });
  });

  it('parseFieldsOption(spec) keeps column names with spaces and leaves unnamed roles out', () => {
    expect(parseFieldsOption(' text = Consumer complaint narrative , time=Date received')).toEqual({
      text: ['Consumer complaint narrative'],
      time: 'Date received',
    });
  });

  it.each([
    ['colour=x', /unknown key "colour"/],
    ['text', /expected key=COL/],
    ['=x', /expected key=COL/],
    ['text=a+', /expected text=COL/],
    ['time=', /expected time=COL/],
    ['text=a,text=b', /given twice/],
    ['', /empty value/],
  ])('parseFieldsOption(%j) throws ConfigError on --fields', (spec, message) => {
    const call = (): unknown => parseFieldsOption(spec);
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (err) {
      expect((err as ConfigError).key).toBe('--fields');
    }
  });
});
