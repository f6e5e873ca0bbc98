/**
 * The product page's "lists" table (src/derive/profile-product.ts) against the list files and
 * the UNSD correlation table, read here with plain CSV parsing: which lists and categories hold
 * a code of the data's edition, with category label, total, regime, specificity and item, and,
 * for a list of another edition, the list code that reaches it and the conversion's status by
 * README.md's rule (links of a code with more than 50 links set aside, same-numbered fallback).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { productLists } from '../../src/derive/profile-product.ts';
import type { ColumnarShard, ConversionColumns, Manifest } from '../../src/schema/manifest.ts';
import { LISTS_DIR, parseCsvText, PUBLIC_DATA } from '../pipeline/independent.ts';
import { describeShared, sharedPath } from '../shared-data.ts';

const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as Manifest;
const json = <T>(path: string) => JSON.parse(readFileSync(join(PUBLIC_DATA, path), 'utf8')) as T;

/** A list file: its front matter and its rows. */
function listFile(id: string) {
  const lines = readFileSync(join(LISTS_DIR, `${id}.csv`), 'utf8').split('\n');
  const meta = new Map<string, string>();
  const labels = new Map<string, string>();
  let n = 0;
  for (; (lines[n] ?? '').startsWith('#'); n++) {
    const m = /^#\s*([^:]+):\s*(.*)$/.exec(lines[n] ?? '');
    if (!m) continue;
    const key = (m[1] ?? '').trim();
    if (key.startsWith('category ')) labels.set(key.slice(9).trim(), (m[2] ?? '').trim());
    else meta.set(key, (m[2] ?? '').trim());
  }
  const [head = [], ...rows] = parseCsvText(lines.slice(n).join('\n'));
  const col = (r: string[], c: string) => r[head.indexOf(c)] ?? '';
  const excluded = new Set((meta.get('total_excludes') ?? '').split(/[,\s]+/).filter(Boolean));
  return {
    name: meta.get('name') ?? '',
    edition: meta.get('hs_edition') ?? '',
    rows: rows.map((r) => ({
      hs6: col(r, 'hs6'),
      category: col(r, 'category'),
      label: labels.get(col(r, 'category')) ?? col(r, 'category'),
      inTotal: !excluded.has(col(r, 'category')),
      regime: col(r, 'regime'),
      specificity: col(r, 'specificity') || null,
      item: col(r, 'item'),
    })),
  };
}

describeShared(
  'a product page lists every list and category that holds its code',
  [
    'hs-concordance/hs2022_to_hs2017_correlation.csv',
    'baci-energy-subset/product_codes_HS22_V202501.csv',
    'hs-nomenclature/hs2022_harmonized-system.csv',
  ],
  () => {
    // HS2017 -> HS2022 links, from the HS2022 -> HS2017 table read backwards.
    const [, ...pairs] = parseCsvText(
      readFileSync(sharedPath('hs-concordance/hs2022_to_hs2017_correlation.csv'), 'utf8'),
    );
    const fwd = new Map<string, Set<string>>();
    const back = new Map<string, Set<string>>();
    for (const [h22 = '', h17 = ''] of pairs) {
      fwd.set(h17, (fwd.get(h17) ?? new Set()).add(h22));
      back.set(h22, (back.get(h22) ?? new Set()).add(h17));
    }
    const big = (m: Map<string, Set<string>>, k: string) => (m.get(k)?.size ?? 0) > 50;
    const kept = (a: string) => {
      const links = [...(fwd.get(a) ?? [])];
      const k = big(fwd, a) ? [] : links.filter((b) => !big(back, b));
      return k.length > 0 ? k : links.includes(a) ? [a] : [];
    };
    const sources = (b: string) =>
      big(back, b)
        ? [...(back.get(b) ?? [])]
        : [...(back.get(b) ?? [])].filter((a) => kept(a).includes(b));
    const status = (a: string) => {
      const t = kept(a);
      const shared = t.some((b) => sources(b).some((x) => x !== a));
      if (t.length === 0) return 'none';
      if (t.length === 1) return shared ? 'merged' : 'exact';
      return shared ? 'n:n' : 'split';
    };

    const ds = manifest.datasets.find((d) => d.id === 'baci-hs22-v202501');
    const lists = manifest.lists.map((meta) => ({
      meta,
      shard: json<
        ColumnarShard<'hs6' | 'category' | 'specificity' | 'regime' | 'item' | 'description'>
      >(manifest.shards.list[meta.id]?.path ?? ''),
    }));
    const conversions = new Map(
      Object.entries(manifest.shards.conversion ?? {}).map(([k, ref]) => [
        k,
        json<ColumnarShard<ConversionColumns>>(ref.path),
      ]),
    );

    // The other direction, HS2022 -> HS2017, for data whose early years are in HS2017.
    const down = (a: string) => {
      const links = [...(back.get(a) ?? [])];
      const k = big(back, a) ? [] : links.filter((b) => !big(fwd, b));
      return k.length > 0 ? k : links.includes(a) ? [a] : [];
    };
    const downSources = (b: string) =>
      big(fwd, b)
        ? [...(fwd.get(b) ?? [])]
        : [...(fwd.get(b) ?? [])].filter((a) => down(a).includes(b));
    const downStatus = (a: string) => {
      const t = down(a);
      const shared = t.some((b) => downSources(b).some((x) => x !== a));
      if (t.length === 0) return 'none';
      if (t.length === 1) return shared ? 'merged' : 'exact';
      return shared ? 'n:n' : 'split';
    };
    const euro = manifest.datasets.find((d) => d.id === 'eurostat-comext');
    // 854151 and 854159 (new in HS2022) have no HS2017 counterpart: status none, no codes.
    for (const code of ['880730', '854231', '850440', '284510', '854151', '854159']) {
      it(`Eurostat: how HS2022 ${code} reads in its HS2017 years, list by list`, () => {
        if (!euro) throw new Error('Eurostat not in the manifest');
        const want = ['chpl', 'indicative']
          .filter((id) => listFile(id).rows.some((r) => r.hs6 === code))
          .map((id) => `${id} HS2017 ${downStatus(code)} ${down(code).sort().join(',')}`);
        const got = productLists(code, euro, lists, conversions).yearEditions.map(
          (y) => `${y.list} ${y.edition} ${y.status} ${[...y.codes].sort().join(',')}`,
        );
        expect(got).toEqual(want);
        expect(got.length).toBeGreaterThan(0);
      });
    }

    for (const code of ['284441', '284442', '284510', '854231', '840110', '880730']) {
      it(`BACI HS2022, code ${code}`, () => {
        if (!ds) throw new Error('BACI not in the manifest');
        const want: string[] = [];
        for (const id of ds.lists) {
          const l = listFile(id);
          const hits =
            l.edition === 'HS2022'
              ? [{ listCode: code, status: 'same' }]
              : l.rows
                  .map((r) => r.hs6)
                  .filter((c, i, all) => all.indexOf(c) === i && kept(c).includes(code))
                  .map((c) => ({ listCode: c, status: status(c) }));
          for (const h of hits)
            for (const r of l.rows.filter((x) => x.hs6 === h.listCode))
              want.push(
                [
                  id,
                  l.name,
                  h.listCode,
                  l.edition,
                  r.category,
                  r.label,
                  r.inTotal,
                  r.regime,
                  r.specificity,
                  r.item,
                  h.status,
                ].join('|'),
              );
        }
        const got = productLists(code, ds, lists, conversions).entries.map((e) =>
          [
            e.list,
            e.listName,
            e.listCode,
            e.listEdition,
            e.category,
            e.categoryLabel,
            e.inTotal,
            e.regime,
            e.specificity,
            e.item,
            e.status,
          ].join('|'),
        );
        expect(got.sort()).toEqual(want.sort());
        expect(got.length).toBeGreaterThan(0);
      });
    }

    it('only the lists the dataset applies; a list of another edition only through its conversion', () => {
      if (!ds) throw new Error('BACI not in the manifest');
      // 854231 is on chpl and indicative (HS2022); 284510 also on the JRC list (HS2017).
      const only = (d: typeof ds, code: string) =>
        [...new Set(productLists(code, d, lists, conversions).entries.map((e) => e.list))].sort();
      expect(only(ds, '854231')).toEqual(['chpl', 'indicative']);
      expect(only({ ...ds, lists: ['chpl'] }, '854231')).toEqual(['chpl']);
      expect(only(ds, '284510')).toEqual(['indicative', 'jrc-nuclear']);
      // Without the JRC list's conversion, or with one to another edition, nothing reaches it.
      expect(only({ ...ds, listConversions: [] }, '284510')).toEqual(['indicative']);
      expect(
        only(
          {
            ...ds,
            listConversions: (ds.listConversions ?? []).map((c) => ({
              ...c,
              to: 'HS2017' as const,
            })),
          },
          '284510',
        ),
      ).toEqual(['indicative']);
    });

    // The code's description, in the data's edition: BACI's own product file where it names the
    // code (the build prefers it), else the HS2022 nomenclature's subheading; none for a code
    // no list holds.
    const described = new Map<string, string>();
    for (const [code = '', text = ''] of parseCsvText(
      readFileSync(sharedPath('baci-energy-subset/product_codes_HS22_V202501.csv'), 'utf8').replace(
        /^\uFEFF/,
        '',
      ),
    ).slice(1))
      described.set(code, text);
    for (const r of parseCsvText(
      readFileSync(sharedPath('hs-nomenclature/hs2022_harmonized-system.csv'), 'utf8').replace(
        /^\uFEFF/,
        '',
      ),
    ).slice(1))
      if (r[4] === '6' && !described.has(r[1] ?? '')) described.set(r[1] ?? '', r[2] ?? '');
    it('BACI HS2022: the description of a code, directly or through a conversion; none off-list', () => {
      if (!ds) throw new Error('BACI not in the manifest');
      // 284441 is on the indicative list (HS2022) only; 810391 and 811213 are reached only by
      // the JRC list (HS2017) through its conversion; 010121 (live horses) is on no list.
      for (const code of ['284441', '284510', '854231', '880730', '810391', '811213']) {
        expect(described.get(code), code).toBeTruthy();
        expect(productLists(code, ds, lists, conversions).description, code).toBe(
          described.get(code),
        );
      }
      // BACI is HS2022 in every year: no other edition to map into.
      for (const code of ['284441', '854231', '810391'])
        expect(productLists(code, ds, lists, conversions).yearEditions, code).toEqual([]);
      expect(productLists('010121', ds, lists, conversions)).toEqual({
        entries: [],
        yearEditions: [],
        description: '',
      });
    });
  },
);
