import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import { loadModels } from '../../src/models/load-models.js';
import { BUILT_IN_PROFILES, profileDir } from '../../src/models/profiles.js';

describe('loadModels({ profile })', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('loads every shipped profile; telecom is the shipped files', async () => {
    const telecom = await loadModels();
    expect((await loadModels({ profile: 'telecom' })).risk.entries).toEqual(telecom.risk.entries);
    for (const name of BUILT_IN_PROFILES) {
      const models = await loadModels({ profile: name });
      expect(models.risk.entries.length, name).toBeGreaterThan(100);
      expect(models.routing.rules.length, name).toBeGreaterThan(5);
    }
    const finance = await loadModels({ profile: 'finance' });
    expect(finance.risk.categories.get('collection')?.level).toBe('red');
    expect(finance.risk.entries.find((e) => e.term === '暴力催收')?.category).toBe('collection');
    expect(telecom.risk.categories.has('collection')).toBe(false);
    expect((await loadModels({ profile: 'retail' })).risk.entries.find((e) => e.term === '食物中毒')?.category).toBe('safety');
  });

  it('reads a user folder as a profile, falling back to the shipped files it does not hold', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'profile-'));
    dirs.push(dir);
    await writeFile(join(dir, 'risk-lexicon.tsv'), '@category\tsafety\t安全\tred\tfact\n安全隐患\tsafety\n');
    const models = await loadModels({ profile: dir });
    expect(models.risk.entries).toEqual([{ term: '安全隐患', category: 'safety' }]);
    expect(models.routing.rules).toEqual((await loadModels()).routing.rules);
  });

  it('loads the sentence classifier from the folder its risk lexicon came from: telecom has one, other profiles none', async () => {
    const telecom = await loadModels();
    expect(telecom.riskClassifier?.categories).toEqual([...telecom.risk.categories.keys()]);
    expect(telecom.riskClassifier!.weights.size).toBeGreaterThan(100);
    expect((await loadModels({ profile: 'telecom' })).riskClassifier).toBeDefined();
    for (const profile of ['finance', 'government', 'retail']) expect((await loadModels({ profile })).riskClassifier, profile).toBeUndefined();
    const dir = await mkdtemp(join(tmpdir(), 'profile-'));
    dirs.push(dir);
    await writeFile(join(dir, 'stopwords.txt'), '的\n');
    // A folder without its own lexicon keeps telecom's lexicon, and with it telecom's classifier.
    expect((await loadModels({ profile: dir })).riskClassifier).toBeDefined();
    await writeFile(join(dir, 'risk-classifier.json'), '{"version":2}');
    await writeFile(join(dir, 'risk-lexicon.tsv'), '@category\tsafety\t安全\tred\tfact\n安全隐患\tsafety\n');
    await expect(loadModels({ profile: dir })).rejects.toThrow(/risk-classifier\.json.*unsupported risk classifier version/);
  });

  it('refuses an unknown profile with one line naming it', async () => {
    await expect(loadModels({ profile: 'no-such-profile' })).rejects.toThrow(ModelError);
    await expect(loadModels({ profile: 'no-such-profile' })).rejects.toThrow(/profile: expected telecom\|finance\|government\|retail or a folder/);
  });

  it('maps names to folders', () => {
    expect(profileDir('telecom', '/m')).toBeUndefined();
    expect(profileDir('finance', '/m')).toBe(join('/m', 'profiles', 'finance'));
    expect(profileDir('/my/profile', '/m')).toBe('/my/profile');
  });
});
