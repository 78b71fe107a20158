import { defineMessages } from '../messages';

/** Labels of the layout model: fact kinds, roles, citations, plan status words, comparisons and the change list. */
export const layoutMessages = defineMessages({
  badgeStatedShort: { zh: '文件', en: 'Document' },
  badgeStatedTitle: { zh: '规划文件明确写出', en: 'Stated in the plan document' },
  badgeSourcedShort: { zh: '来源', en: 'Source' },
  badgeSourcedTitle: { zh: '有日期的公开来源给出', en: 'Given by a dated public source' },
  badgeDerivedShort: { zh: '示意', en: 'Schematic' },
  badgeDerivedTitle: { zh: '据文件措辞推导，仅为示意，并非规划原图', en: "Derived by us from the document's wording: schematic, not the plan's own map" },
  factStated: { zh: '文件明确', en: 'stated in the document' },
  factSourced: { zh: '公开来源', en: 'public source' },
  factDerived: { zh: '推导（示意）', en: 'derived by us (schematic)' },
  coverageWhole: { zh: '全域', en: 'whole' },
  coveragePartial: { zh: '部分', en: 'part' },
  citeDocument: { zh: '《{document}》{section}', en: '{document}{section}' },
  citeSection: { zh: '{section}', en: ', {section}' },
  citeOutside: { zh: '{name}（{date}）', en: '{name} ({date})' },
  citeUncited: { zh: '无出处：{text}', en: 'No source: {text}' },
  citeJoin: { zh: '；', en: '; ' },
  paraphrase: { zh: '{role}（概括）', en: '{role} (our summary)' },
  partialMember: { zh: ' · 部分', en: ' · part' },
  openListNote: { zh: '名单以“等”结尾，未列全', en: 'the list ends with “等” (etc.): not complete' },
  badgeEnded: { zh: '（已到期）', en: ' (expired)' },
  badgeDraft: { zh: '（草稿）', en: ' (draft)' },
  sourcedWithoutSourceElement: { zh: '{id}：要素标为公开来源，却没有注明日期的外部出处', en: '{id}: the element is marked as from a public source but names no dated outside source' },
  sourcedWithoutSourceMember: { zh: '{id}：{town}标为公开来源，却没有注明日期的外部出处', en: '{id}: {town} is marked as from a public source but names no dated outside source' },
  // Comparison
  wholePlan: { zh: '整个“{name}”', en: 'all of “{name}”' },
  compareBoth: { zh: '两者皆有', en: 'In both' },
  compareOnly: { zh: '仅{side}', en: 'Only {side}' },
  // The change list between two plans
  noChanges: { zh: '两份规划的元素和镇街相同，没有变化。', en: 'The two plans have the same elements and towns: nothing changed.' },
  kindEntered: { zh: '{kind}新增镇街：{towns}', en: '{kind}, towns added: {towns}' },
  addedElements: { zh: '新增元素：{names}', en: 'New elements: {names}' },
  renamed: { zh: '改名：{from} → {to}', en: 'Renamed: {from} → {to}' },
  kindLeft: { zh: '{kind}不再包括：{towns}', en: '{kind}, no longer includes: {towns}' },
  removedElements: { zh: '删去元素：{names}', en: 'Elements removed: {names}' },
});

