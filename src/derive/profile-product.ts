/**
 * Which lists and categories hold an HS code of a dataset, directly or through a conversion
 * between HS editions: the product profile's "lists" table, as a pure function.
 */
import type {
  ColumnarShard,
  ConversionColumns,
  ConversionStatus,
  DatasetMeta,
  HsEdition,
  ListMeta,
} from '../schema/manifest.ts';
import type { ListColumns } from '../schema/manifest.ts';

export interface ProductListEntry {
  list: string;
  listName: string;
  /** The list's own code (another edition's code when the list was converted). */
  listCode: string;
  listEdition: HsEdition;
  category: string;
  categoryLabel: string;
  inTotal: boolean;
  regime: string;
  specificity: 'core' | 'broad' | null;
  item: string;
  /** 'same' when the list is in the dataset's edition; else the correlation's status. */
  status: ConversionStatus | 'same';
}

/** How the code maps into the other edition a dataset uses in some years (Eurostat 2020-21). */
export interface YearEditionMapping {
  list: string;
  edition: HsEdition;
  status: ConversionStatus;
  codes: string[];
}

export function productLists(
  code: string,
  ds: DatasetMeta,
  lists: { meta: ListMeta; shard: ColumnarShard<ListColumns> }[],
  conversions: ReadonlyMap<string, ColumnarShard<ConversionColumns>>,
): { entries: ProductListEntry[]; yearEditions: YearEditionMapping[]; description: string } {
  const entries: ProductListEntry[] = [];
  const yearEditions: YearEditionMapping[] = [];
  let description = '';
  for (const { meta, shard } of lists) {
    if (!ds.lists.includes(meta.id)) continue;
    const conv = (ds.listConversions ?? []).find((c) => c.list === meta.id);
    const convShard = conv ? conversions.get(conv.shard) : undefined;
    // The list codes that land on `code` in the dataset's edition, with their status.
    const targets: { listCode: string; status: ConversionStatus | 'same' }[] = [];
    if (meta.hsEdition === ds.hsEdition) targets.push({ listCode: code, status: 'same' });
    else if (convShard && conv?.to === ds.hsEdition) {
      const c = convShard.data;
      for (let i = 0; i < c.code.length; i++) {
        if (String(c.hs6[i]) !== code) continue;
        targets.push({
          listCode: String(c.code[i]),
          status: String(c.status[i]) as ConversionStatus,
        });
        description ||= String(c.description[i] ?? '');
      }
    }
    const d = shard.data;
    for (const tgt of targets) {
      for (let i = 0; i < d.hs6.length; i++) {
        if (String(d.hs6[i]) !== tgt.listCode) continue;
        const category = String(d.category[i] ?? '');
        const cat = meta.categories.find((c) => c.id === category);
        const spec = d.specificity[i];
        if (tgt.status === 'same') description ||= String(d.description[i] ?? '');
        entries.push({
          list: meta.id,
          listName: meta.name,
          listCode: tgt.listCode,
          listEdition: meta.hsEdition,
          category,
          categoryLabel: cat?.label ?? category,
          inTotal: cat?.inTotal ?? true,
          regime: String(d.regime[i] ?? ''),
          specificity: spec === 'core' || spec === 'broad' ? spec : null,
          item: String(d.item[i] ?? ''),
          status: tgt.status,
        });
      }
    }
    // The list is in the dataset's edition but some years are in another (converted there).
    if (meta.hsEdition === ds.hsEdition && convShard && conv && conv.from === ds.hsEdition) {
      const c = convShard.data;
      const codes: string[] = [];
      let status: ConversionStatus | null = null;
      for (let i = 0; i < c.code.length; i++) {
        if (String(c.code[i]) !== code) continue;
        status = String(c.status[i]) as ConversionStatus;
        if (c.hs6[i] !== null && c.hs6[i] !== '') codes.push(String(c.hs6[i]));
      }
      if (status) yearEditions.push({ list: meta.id, edition: conv.to, status, codes });
    }
  }
  return { entries, yearEditions, description };
}
