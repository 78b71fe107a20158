import { elementName } from '../../layouts/displayNames';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useGeo } from '../../app/GeoContext';
import { citeSource, membershipLine } from '../../layouts/labels';
import { elementById, membershipsOfTown } from '../../layouts/queries';
import { ATTRIBUTION } from '../../map/attribution';
import { ACTION_PLAN_TITLE } from '../../quotas/model';
import { useLayoutOverlays } from '../../map/layers/useLayoutOverlays';
import { MapPane } from '../../map/MapPane';
import { formatKm, formatShare } from '../../panels/format';
import { QuotaViewProvider } from '../../state/screens/quotaViewContext';
import { TownFacts } from '../../panels/TownFacts';
import { MapLegends } from '../../panels/MapLegends';
import { Notices } from '../../panels/Notices';
import { TownQuotaSummary } from '../../panels/quotas/TownQuotaSummary';
import { QuotaControls } from '../../panels/quotas/QuotaControls';
import { useQuotaChoropleth } from '../../quotas/useQuotaChoropleth';
import { opacityOfElement, usePlanner, usePlannerStateStore } from '../../state/screens/plannerState';
import type { MapState } from '../../state/mapState';
import { createTownViewStore } from '../../state/screens/townViewStore';
import { useTownFill } from '../../state/townFill';
import { useRouteStore } from '../../state/routeStore';
import { ExportMenu } from '../../export/ExportMenu';
import { ShareButton } from './ShareButton';
import { TownPrintButton } from './TownPrintButton';
import { PrintMap } from '../print/PrintMap';
import { formatHash } from '../../state/route';
import { rankOf, rankSentence } from './townRank';
import { townMessages as m } from '../../i18n/catalogue/town';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import { CitedText, QuotedText } from '../../i18n/QuotedText';
import './townView.css';

/** The town view's own link, as a town leader would send it on. */
const townLink = (town: string) => `${location.origin}${location.pathname}${formatHash({ route: { mode: 'town', town }, params: {} })}`;

/** The label points of a town's neighbours: the town view keeps each of them in view, so each is labelled. */
function neighbourLabelPoints(geo: ReturnType<typeof useGeo>, town: string): [number, number][] {
  return (geo.metaByName.get(town)?.neighbours ?? []).flatMap((n) => {
    const label = geo.metaByName.get(n.name)?.label;
    return label ? [label] : [];
  });
}

/** The town leader view: the map fitted to one town, and one page about that town beside it. */
export function TownView({ town }: { town: string }) {
  const t = useT();
  const townName = displayTownName(town);
  const geo = useGeo();
  const meta = geo.metaByName.get(town)!;
  const overlays = useLayoutOverlays();
  const memberships = useMemo(() => membershipsOfTown(town), [town]);
  // On paper each source is listed once and the memberships refer to it by number.
  const printSources = useMemo(() => [...new Set(memberships.map((ms) => citeSource(ms.element.source)))], [memberships]);
  const navigate = useRouteStore((s) => s.navigate);
  const planner = usePlannerStateStore();
  // This view's own store: it starts from what the planner showed and never writes back.
  const [store] = useState(() =>
    createTownViewStore({
      town,
      bbox: meta.bbox,
      neighbourLabels: neighbourLabelPoints(geo, town),
      layers: planner.getState().visible,
      fillMode: planner.getState().fillMode,
      quotaView: planner.getState().quotaView,
    }),
  );
  const visible = useStore(store, (s) => s.layers);
  const shownElement = useStore(store, (s) => s.shownElement);
  const fillMode = useStore(store, (s) => s.fillMode);
  const hovered = useStore(store, (s) => s.hovered);
  const camera = useStore(store, (s) => s.camera);
  // The planner's layer opacities and comparison, which this view shows as the planner set them.
  const opacity = usePlanner((s) => s.opacity);
  const compare = usePlanner((s) => s.compare);
  const field = useStore(store, (s) => s.field);
  const measure = useStore(store, (s) => s.measure);
  const year = useStore(store, (s) => s.year);
  const quotaView = useMemo(() => ({ field, measure, year }), [field, measure, year]);
  const fill = useTownFill({ mode: fillMode, quotaView, compare });
  const choropleth = useQuotaChoropleth(quotaView);
  const rank = rankOf(choropleth.valueByTown, town);
  const membershipIds = useMemo(() => memberships.map((ms) => ms.element.id), [memberships]);
  const showElement = (id: string | null) => store.getState().showElement(id, membershipIds);
  const formatRankValue = (v: number) => (measure === 'rate' ? formatShare(v) : String(v));

  const state = useMemo<MapState>(() => {
    const members = shownElement ? (elementById(shownElement)?.members ?? []) : [];
    return {
      ...fill,
      selected: [town],
      hovered,
      dimOutside: [town],
      outlined: members.map((member) => member.town).filter((name) => name !== town),
      overlays: visible.map((id) => ({ id, opacity: opacityOfElement(id, opacity) })),
      labels: { scale: 1, emphasis: [town, ...meta.neighbours.map((n) => n.name)] },
      camera,
    };
  }, [town, meta, shownElement, fill, hovered, visible, opacity, camera]);

  // Back to the planner with this town selected: a hand-over, not a restore.
  const backToMap = () => {
    planner.dispatch({ type: 'selection/set', units: [town] });
    navigate({ mode: 'map' });
  };

  return (
    <div className="town-view">
      <header className="town-view-header">
        <button type="button" className="back-button" onClick={backToMap} title={t(m.backToCity)}>
          <span aria-hidden>‹ </span>
          <span className="label-wide">{t(m.backToCity)}</span>
        </button>
        <h1>
          {townName} <small>{t(m.townView)}</small>
        </h1>
        <div className="town-view-actions">
          <div className="desktop-only">
            <ExportMenu state={state} title={t(m.exportTitle, { town: townName })} view={t(m.townViewFile)} fileSubject={townName} />
          </div>
          <ShareButton title={townName} url={() => townLink(town)} />
          <TownPrintButton />
          <LanguageSwitch />
        </div>
      </header>
      <Notices />
      <main className="town-view-main">
        <div className="town-view-map">
          <MapPane overlays={overlays} state={state} onHover={store.getState().hover} />
          <MapLegends state={state} />
        </div>
        <PrintMap alt={t(m.mapAlt, { town: townName })} />
        <article className="town-page" aria-label={t(m.overview, { town: townName })}>
          <section className="town-quotas">
            <TownQuotaSummary town={town} />
          </section>
          <section className="town-rank">
            <h2>{t(m.cityRank)}</h2>
            <div className="no-print">
              <QuotaViewProvider store={store}>
                <QuotaControls />
              </QuotaViewProvider>
            </div>
            <p aria-label={t(m.cityRank)}>
              {t(m.rankLine, { title: choropleth.title, sentence: rankSentence(rank, formatRankValue) })}
            </p>
            {fillMode !== 'quota' && (
              <button type="button" className="no-print" onClick={() => store.getState().setFillMode('quota')}>
                {t(m.showOnMap)}
              </button>
            )}
          </section>
          <section className="town-membership-section">
            <h2>{t(m.memberships, { count: memberships.length })}</h2>
            <p className="hint no-print">{t(m.membershipHint)}</p>
            <div className="no-print town-zone-buttons">
              <button type="button" aria-pressed={shownElement === null && visible.length > 0} onClick={() => showElement(null)}>
                {t(m.showAll)}
              </button>
              <button type="button" onClick={() => store.getState().closeLayers()}>
                {t(m.closeLayers)}
              </button>
            </div>
            <ul aria-label={t(m.membershipsList)} className="town-memberships">
              {memberships.map(({ element, member }) => (
                <li key={element.id}>
                  <button
                    type="button"
                    className="membership-button"
                    aria-pressed={shownElement === element.id}
                    onClick={() => showElement(shownElement === element.id ? null : element.id)}
                  >
                    <span className="swatch" style={{ borderColor: element.color }} aria-hidden />
                    {elementName(element)}
                  </button>
                  <div className="membership-facts">
                    <QuotedText text={membershipLine(element, member)} />
                  </div>
                  <details className="membership-source no-print">
                    <summary>{t(m.source)}</summary>
                    <CitedText text={citeSource(element.source)} />
                  </details>
                  <div className="membership-source print-only">{t(m.sourceNumber, { n: printSources.indexOf(citeSource(element.source)) + 1 })}</div>
                </li>
              ))}
            </ul>
            <ol className="print-only print-sources" aria-label={t(m.sources)}>
              {printSources.map((source) => (
                <li key={source}>
                  <CitedText text={source} />
                </li>
              ))}
            </ol>
          </section>
          <section className="town-overview">
            <h2>{t(m.overviewNeighbours)}</h2>
            <TownFacts meta={meta} cityAreaKm2={geo.meta.cityAreaKm2}>
              <dt>{t(m.neighbours)}</dt>
              <dd>
                <ul aria-label={t(m.neighbours)} className="inline-list compact-list">
                  {meta.neighbours.map((n) => (
                    <li key={n.name}>
                      {displayTownName(n.name)} <small>{formatKm(n.sharedBorderKm)}</small>
                    </li>
                  ))}
                </ul>
              </dd>
            </TownFacts>
          </section>
          <footer className="town-page-footer">
            <QuotedText text={t(m.footer, { attribution: ATTRIBUTION.join(' · '), plan: t(m.planTitle, { title: ACTION_PLAN_TITLE }) })} />
          </footer>
        </article>
      </main>
    </div>
  );
}
