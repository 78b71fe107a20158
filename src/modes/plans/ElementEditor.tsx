import { useId, type ReactNode } from 'react';
import { DRAW_STYLE_LABEL, ELEMENT_KIND_LABEL, ROLE_KIND_LABEL } from '../../layouts/kindLabels';
import type { DrawStyle, ElementKind, FactKind, LayoutElement, RoleKind, RoleWording } from '../../layouts/types';
import { checkElementColour, ELEMENT_PALETTE } from '../../map/elementPalette';
import type { ElementTextField } from '../../plans/editorActions';
import { dispatchEditor } from '../../state/planEditorStore';
import { planEditorMessages as em } from '../../i18n/catalogue/plansMode';
import { t, useT, type Message } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';
import { TownPicker } from './TownPicker';

const FACT_KINDS: Record<FactKind, Message> = { stated: em.stated, sourced: em.sourced, derived: em.derived };
const ROLE_WORDINGS: Record<RoleWording, Message> = { quote: em.wordingQuote, paraphrase: em.wordingParaphrase, none: em.wordingNone };
const inLanguage = (labels: Record<string, Message>) => Object.fromEntries(Object.entries(labels).map(([k, message]) => [k, t(message)]));

/** The problem of one field (“… › nameZh：…” → its message), for the field's own line. */
export function fieldProblem(problems: readonly string[], path: string): string | undefined {
  // A problem reads '… › nameZh：…' in Chinese and '… › nameZh: …' in English.
  for (const separator of ['：', ': ']) {
    const mark = ` › ${path}${separator}`;
    const hit = problems.find((p) => p.includes(mark));
    if (hit) return hit.slice(hit.indexOf(mark) + mark.length);
  }
  return undefined;
}

export function Field({ label, problem, children, wide }: { label: string; problem?: string; wide?: boolean; children: (a11y: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const id = useId();
  return (
    <div className={`pe-field${wide ? ' wide' : ''}`}>
      <label>
        <span className="pe-label">{label}</span>
        {children(problem ? { 'aria-invalid': true, 'aria-describedby': id } : {})}
      </label>
      {problem ? (
        <p id={id} className="pe-field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled choice among the entries of a label table (value → label), with its problem. */
function SelectField({ label, problem, value, options, onChange }: { label: string; problem?: string; value: string; options: Record<string, string>; onChange: (value: string) => void }) {
  return (
    <Field label={label} problem={problem}>
      {(a11y) => (
        <select value={value} onChange={(e) => onChange(e.target.value)} {...a11y}>
          {Object.entries(options).map(([k, text]) => (
            <option key={k} value={k}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TextField({ element, field, path, label, problems, multiline, value }: { element: LayoutElement; field: ElementTextField; path: string; label: string; problems: string[]; multiline?: boolean; value: string }) {
  const onChange = (v: string) => dispatchEditor({ type: 'element/setText', id: element.id, field, value: v });
  return (
    <Field label={label} problem={fieldProblem(problems, path)} wide={multiline}>
      {(a11y) => (multiline ? <textarea rows={2} value={value} onChange={(e) => onChange(e.target.value)} {...a11y} /> : <input type="text" value={value} onChange={(e) => onChange(e.target.value)} {...a11y} />)}
    </Field>
  );
}

function Palette({ element }: { element: LayoutElement }) {
  const t = useT();
  const check = checkElementColour(element.color);
  const inPalette = ELEMENT_PALETTE.some((p) => p.color.toLowerCase() === element.color.toLowerCase());
  return (
    <fieldset className="pe-palette">
      <legend>{t(em.colour)}</legend>
      <div role="radiogroup" aria-label={t(em.colour)} className="pe-swatches">
        {ELEMENT_PALETTE.map((p) => (
          <label key={p.color} className="pe-swatch" title={`${p.name} ${p.color}`}>
            <input type="radio" name={`colour-${element.id}`} value={p.color} checked={p.color.toLowerCase() === element.color.toLowerCase()} onChange={() => dispatchEditor({ type: 'element/setColor', id: element.id, color: p.color })} aria-label={`${p.name} ${p.color}`} />
            <span style={{ background: p.color }} aria-hidden />
          </label>
        ))}
      </div>
      <label className="pe-custom-colour">
        {t(em.otherColour)}
        <input type="color" value={/^#[0-9a-fA-F]{6}$/.test(element.color) ? element.color : '#000000'} onChange={(e) => dispatchEditor({ type: 'element/setColor', id: element.id, color: e.target.value })} />
        <code>{element.color}</code>
      </label>
      {!inPalette && !check.ok ? (
        <p className="pe-field-problem" role="status">
          {t(em.colourProblem, { problem: check.problem })}
        </p>
      ) : null}
    </fieldset>
  );
}

function Members({ element }: { element: LayoutElement }) {
  const t = useT();
  if (element.members.length === 0) return <p className="hint">{t(em.noMembers)}</p>;
  return (
    <table className="pe-members">
      <caption>{t(em.members, { count: element.members.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t(em.colTown)}</th>
          <th scope="col">{t(em.colPartial)}</th>
          <th scope="col">{t(em.colRole)}</th>
          <th scope="col">{t(em.colRoleKind)}</th>
          <th scope="col">{t(em.colRoleWording)}</th>
          <th scope="col">
            <span className="pe-sr">{t(em.colActions)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {element.members.map((m) => (
          <tr key={m.town}>
            <th scope="row">{displayTownName(m.town)}</th>
            <td>
              <input type="checkbox" aria-label={t(em.partialLabel, { town: displayTownName(m.town) })} checked={m.coverage === 'partial'} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { coverage: e.target.checked ? 'partial' : 'whole' } })} />
            </td>
            <td>
              <input type="text" aria-label={t(em.roleLabel, { town: displayTownName(m.town) })} value={m.role} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { role: e.target.value } })} />
            </td>
            <td>
              <select aria-label={t(em.roleKindLabel, { town: displayTownName(m.town) })} value={m.roleKind} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { roleKind: e.target.value as RoleKind } })}>
                {Object.entries(ROLE_KIND_LABEL).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <select aria-label={t(em.roleWordingLabel, { town: displayTownName(m.town) })} value={m.roleWording} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { roleWording: e.target.value as RoleWording } })}>
                {Object.entries(ROLE_WORDINGS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {t(label)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button type="button" aria-label={t(em.removeLabel, { town: displayTownName(m.town) })} onClick={() => dispatchEditor({ type: 'member/toggle', id: element.id, town: m.town })}>
                {t(em.remove)}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AxisPaths({ element }: { element: LayoutElement }) {
  const t = useT();
  const paths = element.axisPaths ?? [];
  const last = Math.max(0, paths.length - 1);
  return (
    <div className="pe-axis">
      <p className="hint">{t(em.axisHint)}</p>
      <TownPicker label={t(em.appendToAxis, { n: last + 1 })} action={t(em.appendAction)} onPick={(town) => dispatchEditor({ type: 'axis/append', id: element.id, path: last, town })} />
      {paths.map((path, p) => (
        <ol key={p} className="pe-axis-path" aria-label={t(em.axisN, { n: p + 1 })}>
          {path.map((town, k) => (
            <li key={`${town}-${k}`}>
              {displayTownName(town)}
              <button type="button" className="link" aria-label={t(em.removeFromAxis, { path: p + 1, k: k + 1, town: displayTownName(town) })} onClick={() => dispatchEditor({ type: 'axis/removeAt', id: element.id, path: p, index: k })}>
                ×
              </button>
            </li>
          ))}
          {path.length === 0 ? <li className="hint">{t(em.empty)}</li> : null}
        </ol>
      ))}
      <button type="button" onClick={() => dispatchEditor({ type: 'axis/newPath', id: element.id })} disabled={paths.at(-1)?.length === 0}>
        {t(em.newAxis)}
      </button>
    </div>
  );
}

/** The form of the selected element: names, kind, draw style, colour, source, members, axis or base. */
export function ElementEditor({ element, problems, others }: { element: LayoutElement; problems: string[]; others: readonly LayoutElement[] }) {
  const t = useT();
  const area = element.figures?.plannedArea;
  return (
    <section className="pe-element" aria-label={t(em.editElement, { name: element.nameZh })}>
      <div className="pe-grid">
        <TextField element={element} field="nameZh" path="nameZh" label={t(em.name)} problems={problems} value={element.nameZh} />
        <TextField element={element} field="nameEn" path="nameEn" label={t(em.nameEn)} problems={problems} value={element.nameEn} />
        <SelectField label={t(em.kind)} problem={fieldProblem(problems, 'kind')} value={element.kind} options={ELEMENT_KIND_LABEL} onChange={(kind) => dispatchEditor({ type: 'element/setKind', id: element.id, kind: kind as ElementKind })} />
        <SelectField label={t(em.draw)} problem={fieldProblem(problems, 'draw')} value={element.draw} options={DRAW_STYLE_LABEL} onChange={(draw) => dispatchEditor({ type: 'element/setDraw', id: element.id, draw: draw as DrawStyle })} />
        <SelectField label={t(em.factKind)} problem={fieldProblem(problems, 'factKind')} value={element.factKind} options={inLanguage(FACT_KINDS)} onChange={(factKind) => dispatchEditor({ type: 'element/setFactKind', id: element.id, factKind: factKind as FactKind })} />
        <Field label={t(em.parent)} problem={fieldProblem(problems, 'parentId')}>
          {(a11y) => (
            <select value={element.parentId ?? ''} onChange={(e) => dispatchEditor({ type: 'element/setParent', id: element.id, parentId: e.target.value || null })} {...a11y}>
              <option value="">{t(em.none)}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.nameZh}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField element={element} field="sourceDocument" path="source › document" label={t(em.sourceDocument)} problems={problems} value={element.source.document ?? ''} />
        <TextField element={element} field="section" path="source › section" label={t(em.section)} problems={problems} value={element.source.section ?? ''} />
        <TextField element={element} field="description" path="description" label={t(em.description)} problems={problems} value={element.description} multiline />
      </div>
      <Palette element={element} />
      {element.draw === 'base' ? (
        <div className="pe-grid">
          <TextField element={element} field="areaText" path="figures › plannedArea › text" label={t(em.areaText)} problems={problems} value={area?.text ?? ''} />
          <Field label={t(em.areaKm2)} problem={fieldProblem(problems, 'figures › plannedArea › km2')}>
            {(a11y) => (
              <input
                type="number"
                min={0}
                step="any"
                value={area?.km2 ?? ''}
                onChange={(e) => dispatchEditor({ type: 'element/setArea', id: element.id, km2: e.target.value === '' || !Number.isFinite(Number(e.target.value)) ? null : Number(e.target.value) })}
                {...a11y}
              />
            )}
          </Field>
        </div>
      ) : null}
      <h4>{t(em.towns)}</h4>
      {element.draw === 'axis' ? (
        <AxisPaths element={element} />
      ) : (
        <TownPicker label={t(element.draw === 'base' ? em.baseTowns : em.memberTowns)} action={t(em.toggleAction)} onPick={(town) => dispatchEditor({ type: 'member/toggle', id: element.id, town })} />
      )}
      <Members element={element} />
      {problems.length ? (
        <ul className="pe-element-problems" aria-label={t(em.elementProblemsList)}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
