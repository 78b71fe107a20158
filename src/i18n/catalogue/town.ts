import { defineMessages } from '../messages';

/** The town view (#/town/长安镇): header, the page beside the map, the rank sentence, share and print. */
export const townMessages = defineMessages({
  backToCity: { zh: '返回全市地图', en: 'Back to the city map' },
  townView: { zh: '镇街视图', en: 'town view' },
  townViewFile: { zh: '镇街视图', en: 'town-view' },
  exportTitle: { zh: '{town} · 镇街视图', en: '{town} · town view' },
  mapAlt: { zh: '{town}及周边地图', en: 'Map of {town} and its surroundings' },
  overview: { zh: '{town}概况', en: '{town} at a glance' },
  cityRank: { zh: '全市排名', en: 'Rank in the city' },
  rankLine: { zh: '{title}：{sentence}', en: '{title}: {sentence}' },
  showOnMap: { zh: '在地图上显示此指标', en: 'Show this quota on the map' },
  memberships: { zh: '所属布局（{count}）', en: 'Layouts it belongs to ({count})' },
  membershipsList: { zh: '所属布局', en: 'Layouts it belongs to' },
  membershipHint: { zh: '点一项，在地图上只显示它，并勾出它的其他成员镇街。', en: 'Click one to show only it on the map, with its other member towns outlined.' },
  showAll: { zh: '显示全部所属布局', en: 'Show all its layouts' },
  closeLayers: { zh: '关闭图层', en: 'Hide the layers' },
  source: { zh: '来源', en: 'Source' },
  sourceNumber: { zh: '来源 [{n}]', en: 'Source [{n}]' },
  sources: { zh: '来源', en: 'Sources' },
  overviewNeighbours: { zh: '概况与相邻镇街', en: 'Overview and adjacent towns' },
  neighbours: { zh: '相邻镇街', en: 'Adjacent towns' },
  footer: { zh: '{attribution} · 布局来源见各项；指标来源：{plan}', en: '{attribution} · layout sources with each item; quota source: {plan}' },
  planTitle: { zh: '《{title}》', en: '「《{title}》」' },

  // The rank sentence ("并列第 2 位，共 34 个镇街同为 5（共 35 个有数值的镇街）")
  unsetNote: { zh: '；未设：{towns}', en: '; not set: {towns}' },
  rankUnset: { zh: '本镇街未设此项数值，不参与排名{unset}', en: 'This town has no value for this, so it is not ranked{unset}' },
  rankAllEqual: { zh: '全部 {of} 个有数值的镇街同为 {value}，不排名{unset}', en: 'All {of} towns with a value have {value}, so there is no rank{unset}' },
  rankTied: {
    zh: '并列第 {rank} 位，共 {tied} 个镇街同为 {value}（共 {of} 个有数值的镇街）{unset}',
    en: 'Joint {rank} of {of} towns with a value; {tied} towns have {value}{unset}',
  },
  rankOne: { zh: '第 {rank} 位（共 {of} 个有数值的镇街）{unset}', en: '{rank} of {of} towns with a value{unset}' },
  moreTowns: { zh: '{towns} 等 {count} 个', en: '{towns} and others ({count} in all)' },

  // Share and print
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  copyLink: { zh: '请复制链接：{link}', en: 'Copy the link: {link}' },
  shareLabel: { zh: '分享{title}的链接', en: 'Share the link to {title}' },
  share: { zh: '分享', en: 'Share' },
  print: { zh: '打印', en: 'Print' },
  printSize: { zh: '（A4）', en: ' (A4)' },
});
