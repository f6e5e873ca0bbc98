/**
 * A country page's groups: every shipped group holding the country, and where it stands among
 * the members (rank, share of the group's total, median of the other members), each linking to
 * the group's profile. Figures are `standing` over the map shard the country page reads.
 */
import { useShard } from '../../data/use-data.ts';
import type { MapColumns } from '../../schema/manifest.ts';
import { shardKey } from '../../schema/manifest.ts';
import {
  groupsOf,
  membersOn,
  placeValuesOfShard,
  standing,
  type GroupFlow,
} from '../../derive/groups.ts';
import { reachOf } from '../../derive/resolve.ts';
import { formatInteger, formatMoney, formatShare } from '../../format/number.ts';
import { linkTo } from '../../ui/link-to.ts';
import { DataTable } from '../ProfileParts.tsx';
import { useGroups } from '../group-common.tsx';
import type { ViewProps } from '../../state/view-props.ts';

const FLOWS: readonly GroupFlow[] = ['export', 'import'];

export function CountryGroups(props: ViewProps) {
  const { manifest, state, t, lang } = props;
  const groups = useGroups();
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const byList = !state.hs && state.codes.length === 0;
  const ref =
    ds && byList ? manifest.shards.map[shardKey.map(ds.id, state.list, state.year)] : undefined;
  const shard = useShard<MapColumns>(ref);
  if (!ds || !byList || groups.status !== 'ready' || shard.status !== 'ready') return null;
  const mine = groupsOf(groups.data.groups, state.country).filter((g) =>
    membersOn(g, String(state.year)).includes(state.country),
  );
  const currency = ds.currency;
  const rows = mine.map((g) => {
    const members = membersOn(g, String(state.year));
    const by = Object.fromEntries(
      FLOWS.map((f) => [
        f,
        standing(
          placeValuesOfShard(shard.data, state.year, state.cat, f, reachOf(ds, f)),
          members,
          state.country,
        ),
      ]),
    ) as Record<GroupFlow, ReturnType<typeof standing>>;
    return { g, by };
  });
  const cells = (s: ReturnType<typeof standing>) => [
    s.rank === null
      ? { text: t('covNoData'), noData: true }
      : {
          text: t('gpRankOf', {
            rank: formatInteger(s.rank, lang),
            n: formatInteger(s.of, lang),
          }),
          value: s.rank,
        },
    s.share === null ? { text: '–' } : { text: formatShare(s.share, lang), value: s.share },
    s.peersMedian === null
      ? { text: '–' }
      : { text: formatMoney(s.peersMedian, currency, lang), value: s.peersMedian },
  ];
  return (
    <section aria-labelledby="pg-country-groups" data-testid="country-groups">
      <h3 id="pg-country-groups">{t('gpInGroups')}</h3>
      <DataTable
        testId="country-groups-table"
        caption={t('gpStandingCaption', { year: String(state.year) })}
        head={[
          t('gpChoose'),
          t('gpRankExports'),
          t('gpShareOfGroup'),
          t('gpPeersMedian'),
          t('gpRankImports'),
          t('gpShareOfGroup'),
          t('gpPeersMedian'),
        ]}
        rows={rows.map(({ g, by }) => ({
          key: g.id,
          head: (
            <a {...linkTo(props, { view: 'group', group: g.id, members: [] })}>{g.names[lang]}</a>
          ),
          cells: [...cells(by.export), ...cells(by.import)],
        }))}
        empty={t('gpNoGroups')}
      />
      <p className="muted">{t('gpStandingHow')}</p>
    </section>
  );
}
