import { elementName, planTitle } from '../../layouts/displayNames';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { NARROW_QUERY, useMediaQuery } from '../../app/useMediaQuery';
import { useMapViewStore } from '../../map/mapViewStore';
import type { Rect } from '../../map/page/fitMarks';
import { CARD_INSETS, placeBox } from '../../map/page/placeBox';
import { useGeo } from '../../app/GeoContext';
import { zoneArea } from '../../geo/geoData';
import { OPEN_LIST_NOTE, citeSource, memberRoleLine } from '../../layouts/labels';
import { elementById, factKindLabel, planById } from '../../layouts/queries';
import type { PlannerStore } from '../../state/screens/plannerStore';
import { useStore } from 'zustand';
import { usePlanner, usePlannerDispatch } from '../../state/screens/plannerState';
import { formatKm2, formatShare } from '../format';
import { ElementBadges, FactKindBadge, PlanStatusBadge } from './FactBadges';
import { layerPanelMessages as msg } from '../../i18n/catalogue/panels-layers';
import { useLanguageStore } from '../../i18n/language';
import { joinList, useT } from '../../i18n/messages';
import { ZhBeside } from '../../i18n/ZhBeside';
import { displayTownName } from '../../towns/townNames';

import { OurWords } from '../OurWords';
import { QuotedText } from '../../i18n/QuotedText';

/** Everything about one layout element: what it is, which towns, how big, and where it comes from. */
export function InfoCard({ mapStore }: { mapStore: PlannerStore }) {
  const geo = useGeo();
  const elementId = usePlanner((s) => s.card);
  const dispatch = usePlannerDispatch();
  const close = () => dispatch({ type: 'card/close' });
  const visible = usePlanner((s) => s.visible);
  const element = elementId ? elementById(elementId) : undefined;
  const dialog = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const shown = element?.id ?? null;
  const narrow = useMediaQuery(NARROW_QUERY);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  // Where the planner's framing put the card (the corner that leaves the shown layers most room,
  // with the camera fitted round it): that place wins over the card's own choice below.
  const placement = useStore(mapStore, (s) => (s.cardPlacement && s.cardPlacement.elementId === shown ? s.cardPlacement : null));
  const t = useT();
  const en = useLanguageStore((s) => s.language) === 'en';
  // On a wide screen the card goes to the corner of the map where it covers none of the towns it
  // describes (nor the legend): 银瓶's card does not sit over 谢岗. On a phone it spans the top.
  useLayoutEffect(() => {
    setAt(null);
    const card = dialog.current;
    const area = card?.parentElement;
    const view = useMapViewStore.getState().view;
    if (!shown || narrow || !card || !area || !view) return;
    const place = () => {
      const frame = area.getBoundingClientRect();
      const size = card.getBoundingClientRect();
      const towns = [...new Set(elementById(shown)?.members.map((m) => m.town) ?? [])];
      const avoid: (Rect & { weight?: number })[] = towns.flatMap((town) => {
        const meta = geo.metaByName.get(town);
        if (!meta) return [];
        const [x0, y0] = view.project([meta.bbox[0], meta.bbox[3]]);
        const [x1, y1] = view.project([meta.bbox[2], meta.bbox[1]]);
        return [{ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }];
      });
      const legend = area.querySelector('.map-overlay-bottom-left')?.getBoundingClientRect();
      if (legend && legend.width > 0) avoid.push({ x: legend.left - frame.left, y: legend.top - frame.top, width: legend.width, height: legend.height, weight: 0.1 });
      const placed = placeBox(frame, { width: size.width, height: size.height }, avoid, [], undefined, CARD_INSETS);
      setAt({ left: placed.box.x, top: placed.box.y });
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [shown, narrow, geo]);
  useEffect(() => {
    if (!shown) return;
    // Focus moves into the card; on closing it returns to whatever opened it.
    if (!dialog.current?.contains(document.activeElement)) {
      opener.current ??= document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    dialog.current?.focus();
  }, [shown]);
  useEffect(() => {
    if (shown) return;
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  }, [shown]);
  if (!element) return null;
  const area = zoneArea(geo, element);
  const hasPartial = element.members.some((m) => m.coverage === 'partial');
  const name = elementName(element);
  const plan = planById(element.plan);
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-label={name}
      className="info-card"
      style={!narrow && placement ? { left: placement.left, top: placement.top, right: 'auto' } : at ? { left: at.left, top: at.top, right: 'auto' } : undefined}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <header>
        <span className="swatch" style={{ borderColor: element.color }} aria-hidden />
        <h2>{name}</h2>
        <p className="info-card-plan">{plan ? planTitle(plan) : element.plan} {plan ? <PlanStatusBadge group={plan} /> : null}</p>
        <button type="button" className="close" onClick={close} aria-label={t(msg.closeCard)}>
          ×
        </button>
      </header>
      {/* The name in the other language: the English under the Chinese, the Chinese under the English. */}
      {en ? (
        <p className="en" lang="zh-CN">
          {element.nameZh}
        </p>
      ) : (
        <p className="en">{element.nameEn}</p>
      )}
      <p>
        <FactKindBadge kind={element.factKind} /> {factKindLabel(element.factKind)} <ElementBadges element={element} />
      </p>
      <p>
        <OurWords zh={element.description} en={element.descriptionEn} />
      </p>
      {area && (
        <p aria-label={t(msg.area)}>
          {t(msg.areaText, { label: t(hasPartial ? msg.areaPartial : msg.area), area: formatKm2(area.unionAreaKm2), share: formatShare(area.unionAreaKm2 / geo.meta.cityAreaKm2) })}
          {hasPartial && area.wholeAreaKm2 > 0 && <>{t(msg.wholeTownsPart, { area: formatKm2(area.wholeAreaKm2) })}</>}
        </p>
      )}
      {element.figures?.plannedArea && (
        <p>
          {t(msg.plannedArea)}
          <OurWords zh={element.figures.plannedArea.text} en={element.figures?.plannedArea?.textEn} />
        </p>
      )}
      {element.figures?.leadIndustries && (
        <p>
          {t(msg.leadIndustries)}
          <OurWords zh={joinList(element.figures.leadIndustries)} en={element.figures?.leadIndustriesEn ? joinList(element.figures.leadIndustriesEn) : undefined} />
        </p>
      )}
      {element.figures?.notes?.map((note, i) => (
        <p key={note}>
          <OurWords zh={note} en={element.figures?.notesEn?.[i]} />
        </p>
      ))}
      {element.positioning?.length ? (
        <>
          <h3>{t(msg.positioning)}</h3>
          <ul className="positioning" aria-label={t(msg.positioning)}>
            {(element.positioning ?? []).map((p) =>
              en ? (
                <li key={p.quote}>
                  {p.labelEn ? t(msg.positioningLabel, { label: p.labelEn }) : <ZhBeside zh={p.label} />}
                  {p.labelEn ? null : ': '}
                  <ZhBeside zh={p.quote} en={p.quoteEn} />
                </li>
              ) : (
                <li key={p.quote}>
                  {p.label}：「{p.quote}」
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
      <h3>
        {t(element.openList?.length ? msg.membersCountOpen : msg.membersCount, { count: element.members.length })}
      </h3>
      {element.openList?.length ? (
        <p className="open-list" aria-label={t(msg.openListLabel)}>
          <QuotedText text={OPEN_LIST_NOTE} />
          {t(msg.openListOriginal)}
          {en ? element.openList.map((q, i) => <ZhBeside key={q} zh={q} en={element.openListEn?.[i]} />) : element.openList.map((q) => `「${q}」`).join('')}
        </p>
      ) : null}
      <ul className="member-list" aria-label={t(msg.members)}>
        {element.members.map((m) => (
          <li key={m.town}>
            <button type="button" className="link" onClick={() => dispatch({ type: 'selection/select', unit: m.town, zoom: true })}>
              {displayTownName(m.town)}
            </button>{' '}
            <small>
              <QuotedText text={memberRoleLine(m)} />
            </small>
          </li>
        ))}
      </ul>
      <p className="hint">{t(msg.roleHint)}</p>
      <h3>{t(msg.source)}</h3>
      <p className="source">
        <QuotedText text={citeSource(element.source)} />
      </p>
      <button type="button" onClick={() => dispatch({ type: 'layers/toggle', id: element.id })}>
        {visible.includes(element.id) ? t(msg.hideOnMap) : t(msg.showOnMap)}
      </button>
    </div>
  );
}
