import { defineMessages } from '../messages';

/**
 * The quota model (src/quotas): metric names, the plan's rules in our words, the CSV importer's and the
 * saved state's messages, the shared record's notices. The plan's own figures and section numbers stay
 * in the data; what is quoted from a plan stays Chinese beside the English (quoteBeside).
 */

/** The four numbers kept per unit and year, the two metrics, and how the plan words them. */
export const quotaFieldMessages = defineMessages({
  discovery_quota: { zh: '发现指标', en: 'Discovery quota' },
  landing_quota: { zh: '落地指标', en: 'Landing quota' },
  discovery_actual: { zh: '发现实际', en: 'Discovery actual' },
  landing_actual: { zh: '落地实际', en: 'Landing actual' },
});

export const quotaMetricMessages = defineMessages({
  discovery: { zh: '发现', en: 'Discovery' },
  landing: { zh: '落地', en: 'Landing' },
});

export const quotaMetricDescriptions = defineMessages({
  discovery: {
    zh: '发现科技成果和挖掘企业真实技术需求',
    en: 'Discovering scientific and technological achievements and identifying firms’ real technology needs',
  },
  landing: {
    zh: '培育转化落地科技成果和促成技术开发合作',
    en: 'Nurturing the transfer and landing of scientific and technological achievements and brokering technology development partnerships',
  },
});

/** The plan's rules and notes in the quota model (src/quotas/model.ts), in our words. */
export const quotaModelMessages = defineMessages({
  highTechZoneReason: {
    zh: '默认只有松山湖（国家级高新区）。十四五规划第一章称滨海湾新区已认定为省级高新区，但三年行动计划未写明其“高新区”是否包括它，可在此标记。',
    en: 'By default only Songshan Lake (a national high-tech zone). Chapter 1 of the 14th Five-Year Plan says Binhaiwan New Area has been recognised as a provincial high-tech zone, but the Three-Year Action Plan does not say whether its “high-tech zone” includes it; you can mark it here.',
  },
  threeYearReading: {
    zh: '三年合计 260 项：原文把“培育转化落地科技成果”和“挖掘企业真实技术需求”并在一句里合计；这里按落地计，因为它恰好等于逐年落地目标 100 + 80 + 80',
    en: '260 over the three years: the plan totals “landing achievements” and “identifying firms’ real technology needs” in one sentence; this counts it as landing, since it equals the yearly landing targets 100 + 80 + 80',
  },
  cityLevel: { zh: '市级层面（四部门及科创集团）', en: 'City level (four departments and the Science and Technology Innovation Group)' },
  kechuangNote: {
    zh: '科创集团即东莞科技创新金融集团有限公司，是企业，不是市直部门',
    en: 'The Science and Technology Innovation Group is Dongguan Technology Innovation Financial Group Co., Ltd., a company, not a city department',
  },
  deptKjj: { zh: '市科技局', en: 'City Science and Technology Bureau' },
  deptFgj: { zh: '市发改局', en: 'City Development and Reform Bureau' },
  deptGxj: { zh: '市工信局', en: 'City Industry and Information Technology Bureau' },
  deptTcj: { zh: '市投促局', en: 'City Investment Promotion Bureau' },
  deptKcjt: { zh: '科创集团', en: 'Science and Technology Innovation Group' },
  instUniversities: { zh: '市内本科院校', en: 'Universities in the city' },
  instLabs: { zh: '省实验室', en: 'Provincial laboratories' },
  instFacilities: { zh: '大科学装置', en: 'Large scientific facilities' },
  instCoBuilt: { zh: '共建类新型研发机构', en: 'Co-built new R&D institutions' },
  unitDgut: { zh: '东莞理工学院', en: 'Dongguan University of Technology' },
  unitGbu: { zh: '大湾区大学（筹）', en: 'Great Bay University (in preparation)' },
  unitGdst: { zh: '广东科技学院', en: 'Guangdong University of Science and Technology' },
  unitMaterialsLab: { zh: '材料实验室', en: 'Songshan Lake Materials Laboratory' },
  unitCsns: { zh: '散裂中子源', en: 'China Spallation Neutron Source' },
  landingFirmKind: { zh: '企业类成果', en: 'Firm achievements' },
  landingFirmRule: { zh: '在东莞新注册或迁入东莞，并有实缴税收或研发投入', en: 'Newly registered in or moved to Dongguan, with taxes paid or R&D spending' },
  landingPlatformKind: { zh: '平台类成果', en: 'Platform achievements' },
  landingPlatformRule: {
    zh: '在东莞有经营实体，且服务收入 5 万元以上，或获主管部门立项或特定资质',
    en: 'An operating entity in Dongguan with service income of 50,000 yuan or more, or a project approved by the authority in charge or a specific qualification',
  },
  landingProjectKind: { zh: '项目类成果', en: 'Project achievements' },
  landingProjectRule: {
    zh: '在东莞交易（含授权、转让、作价入股、销售等）；或在东莞应用并给本地主体带来 50 万以上经济效益；或团队落户东莞',
    en: 'Traded in Dongguan (licensed, transferred, contributed as equity, sold and so on); or applied in Dongguan with an economic benefit of 500,000 yuan or more to a local party; or the team settles in Dongguan',
  },
  landingNeedKind: { zh: '技术需求类', en: 'Technology needs' },
  landingNeedRule: {
    zh: '合作双方至少一方是东莞主体，企业合作预算不低于 10 万元，以合同和付款证明为证',
    en: 'At least one party to the partnership is based in Dongguan and the firm’s budget for it is at least 100,000 yuan, shown by the contract and proof of payment',
  },
  dutyAssessment: {
    zh: '落地指标按年度通报，纳入年度镇街（园区）科技创新考核指标体系；行动计划没有写明发现指标纳入考核',
    en: 'Landing quotas are reported each year and count in the towns’ (and parks’) yearly science and technology innovation assessment; the action plan does not say that discovery quotas count in it',
  },
  dutyLiaison: {
    zh: '每个镇街（园区）由科技部门明确 1 名科技成果联络员，发现的成果和技术需求在成果转化信息平台登记',
    en: 'In each town (or park) the science and technology office names one liaison for achievements; achievements and technology needs found are registered on the achievement transfer platform',
  },
  binhaiwanNote: {
    zh: '发现指标 ≥5 的规定适用于每个镇街（园区），但滨海湾新区的陆域在长安、虎门境内，这里不给它设默认值；填写后才计入合计',
    en: 'The rule of a discovery quota ≥5 applies to every town (and park), but Binhaiwan New Area’s land lies within Chang’an and Humen, so it gets no default here; it counts in the totals once filled in',
  },
  strongTownDemo: {
    zh: '百千万方案要求从创新强镇中遴选、认定一批创新强镇示范镇（2025 年科技创新示范镇目标 2—3 个）；名单未公布',
    en: 'The Hundred-Thousand-Ten-Thousand plan asks for a group of model towns to be chosen from the innovation towns (target for 2025: 2–3 science and technology innovation model towns); no list has been published',
  },
  bqwProjects: { zh: '市重大科技项目库中镇街入库项目', en: 'Town projects in the city’s major science and technology project pool' },
  bqwGazelles: { zh: '瞪羚企业培育库镇街（园区）企业', en: 'Town (and park) firms in the gazelle firm pool' },
  bqwPartnerships: { zh: '镇街促成产学研合作项目', en: 'Industry–university–research partnerships brokered by towns' },
  bqwComplexes: { zh: '市镇联合共建的创新创业综合体', en: 'Innovation and start-up complexes built by the city and towns together' },
  bqwModelTowns: { zh: '科技创新示范镇', en: 'Science and technology innovation model towns' },
  bqwProjectsUnit: { zh: '项', en: 'projects' },
  bqwGazellesUnit: { zh: '家', en: 'firms' },
  bqwPartnershipsUnit: { zh: '个', en: 'projects' },
  bqwComplexesUnit: { zh: '个', en: 'complexes' },
  bqwModelTownsUnit: { zh: '个', en: 'towns' },
});

/** The choropleth's title and legend (src/quotas/choropleth.ts). */
export const choroplethMessages = defineMessages({
  rateTitleDiscovery: { zh: '{year} 发现完成率', en: '{year} discovery completion rate' },
  rateTitleLanding: { zh: '{year} 落地完成率', en: '{year} landing completion rate' },
  fieldTitle: { zh: '{year} {field}', en: '{year} {field}' },
  rateBelow50: { zh: '低于 50%', en: 'Below 50%' },
  rate50to80: { zh: '50%–80%', en: '50%–80%' },
  rate80to100: { zh: '80%–100%', en: '80%–100%' },
  rate100up: { zh: '100% 及以上', en: '100% and above' },
  rateUnset: { zh: '无法计算（指标或实际未设）', en: 'Cannot be worked out (quota or actual not set)' },
  unset: { zh: '未设', en: 'Not set' },
  allAre: { zh: '全部为 {value}', en: 'All {value}' },
  defaultMark: { zh: '（默认）', en: ' (default)' },
  someDefaultMark: { zh: '（含默认）', en: ' (some default)' },
  noQuota: { zh: '未设指标', en: 'No quota set' },
  noActual: { zh: '未填实际', en: 'No actual entered' },
  zeroQuota: { zh: '指标为 0', en: 'Quota is 0' },
});

