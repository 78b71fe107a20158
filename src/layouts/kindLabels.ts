/** Names of element kinds, draw styles and role kinds (the editor, the change list, the briefing), in the page's language. */
import { drawStyleMessages, elementKindMessages, roleKindMessages } from '../i18n/catalogue/layouts-kinds';
import { labelsIn } from '../i18n/labels';
import type { DrawStyle, ElementKind, RoleKind } from './types';

export const ELEMENT_KIND_LABEL: Readonly<Record<ElementKind, string>> = labelsIn(elementKindMessages);

export const DRAW_STYLE_LABEL: Readonly<Record<DrawStyle, string>> = labelsIn(drawStyleMessages);

export const ROLE_KIND_LABEL: Readonly<Record<RoleKind, string>> = labelsIn(roleKindMessages);
