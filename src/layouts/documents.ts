// i18n-exempt-file: quoted phrases of the plans, cited and checked against the seeds in Chinese
import { documentMessages } from '../i18n/catalogue/documents';

/**
 * The plan documents the app cites, the seed files in ../shared/seeds that hold their text, and
 * the quoted phrases the data tests check against them. The plans' own data are plan files
 * (src/plans/builtin); these are what the targets page (src/targets) and the data tests cite.
 * (Moved here from the former src/layouts/model.ts.)
 */
/** The documents' titles as printed (the citation); their English is in `documentMessages`. */
export const DOC_PLAN2018 = documentMessages.plan2018.zh;
export const SEED_PLAN2018 = '001_1638d4570d45b92e.txt';
export const DOC_FYP14 = documentMessages.fyp14.zh;
export const SEED_FYP14 = '000_6cb375d06ff92375.txt';
export const DOC_BAIQIANWAN = documentMessages.baiqianwan.zh;
export const SEED_BAIQIANWAN = '002_49608b70eaaf8d8d.txt';
/** The one seed that uses the term 战略平台 (seed 002 二、（二）3), quoted with its 等. */
export const PLATFORM_LIST_QUOTE = '对接松山湖、滨海湾、水乡新城、银瓶合作创新区等战略平台';

/** Seed 003, the provincial plan: its words on 松山湖科学城, for the 一城 card (quoted names and phrases only). */
export const DOC_GD14 = documentMessages.gd14.zh;
export const SEED_GD14 = '003_f66aef4d493add44.txt';
export const GD14_SCIENCE_CENTRE_SECTION = '第二章 第二节 建设综合性国家科学中心 一、落实综合性国家科学中心规划布局';
/** The exact phrases the 一城 card quotes from seed 003 (checked against the seed in the tests). */
export const GD14_QUOTES = ['以光明科学城、松山湖科学城、南沙科学城等为主要承载区打造综合性国家科学中心', '世界一流生态科学城'] as const;

/** What seed 000 provides for the seven bases (第八章 二; specialised incubators in 第十章 一), in our words. */
export const BASE_SUPPORT_NOTE =
  `${DOC_FYP14}第八章 二、战略性新兴产业基地创新支撑计划：围绕七个基地的方向搭建技术与服务支撑平台，组织关键共性技术攻关，` +
  '支持基地企业建省级工程技术研究中心和企业重点实验室，支持高校院所在基地合建研究、检测和孵化平台，先进成果优先在基地转化；' +
  '第十章 一、孵化载体高质量发展计划：支持在基地内建专业孵化器';
