import { useId, type ReactNode } from 'react';
import { DRAW_STYLE_LABEL, ELEMENT_KIND_LABEL, ROLE_KIND_LABEL } from '../../layouts/kindLabels';
import type { DrawStyle, ElementKind, FactKind, LayoutElement, RoleKind, RoleWording } from '../../layouts/types';
import { checkElementColour, ELEMENT_PALETTE } from '../../map/elementPalette';
import type { ElementTextField } from '../../plans/editorActions';
import { dispatchEditor } from '../../state/planEditorStore';
import { TownPicker } from './TownPicker';

const FACT_KINDS: Record<FactKind, string> = { stated: '文件明确', sourced: '有日期的公开来源', derived: '推导（示意）' };
const ROLE_WORDINGS: Record<RoleWording, string> = { quote: '规划原文', paraphrase: '我们的概括', none: '单纯成员' };

/** The problem of one field (“… › nameZh：…” → its message), for the field's own line. */
export function fieldProblem(problems: readonly string[], path: string): string | undefined {
  const hit = problems.find((p) => p.includes(` › ${path}：`));
  return hit?.slice(hit.indexOf(` › ${path}：`) + path.length + 4);
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
  const check = checkElementColour(element.color);
  const inPalette = ELEMENT_PALETTE.some((p) => p.color.toLowerCase() === element.color.toLowerCase());
  return (
    <fieldset className="pe-palette">
      <legend>颜色</legend>
      <div role="radiogroup" aria-label="颜色" className="pe-swatches">
        {ELEMENT_PALETTE.map((p) => (
          <label key={p.color} className="pe-swatch" title={`${p.name} ${p.color}`}>
            <input type="radio" name={`colour-${element.id}`} value={p.color} checked={p.color.toLowerCase() === element.color.toLowerCase()} onChange={() => dispatchEditor({ type: 'element/setColor', id: element.id, color: p.color })} aria-label={`${p.name} ${p.color}`} />
            <span style={{ background: p.color }} aria-hidden />
          </label>
        ))}
      </div>
      <label className="pe-custom-colour">
        其他颜色
        <input type="color" value={/^#[0-9a-fA-F]{6}$/.test(element.color) ? element.color : '#000000'} onChange={(e) => dispatchEditor({ type: 'element/setColor', id: element.id, color: e.target.value })} />
        <code>{element.color}</code>
      </label>
      {!inPalette && !check.ok ? (
        <p className="pe-field-problem" role="status">
          {check.problem}；请从上面的颜色中选一个。
        </p>
      ) : null}
    </fieldset>
  );
}

function Members({ element }: { element: LayoutElement }) {
  if (element.members.length === 0) return <p className="hint">还没有镇街：在地图上点击镇街，或在上面输入镇街名称。</p>;
  return (
    <table className="pe-members">
      <caption>成员镇街（{element.members.length}）</caption>
      <thead>
        <tr>
          <th scope="col">镇街</th>
          <th scope="col">部分</th>
          <th scope="col">角色</th>
          <th scope="col">角色类型</th>
          <th scope="col">角色出自</th>
          <th scope="col">
            <span className="pe-sr">操作</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {element.members.map((m) => (
          <tr key={m.town}>
            <th scope="row">{m.town}</th>
            <td>
              <input type="checkbox" aria-label={`${m.town} 只涉及部分`} checked={m.coverage === 'partial'} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { coverage: e.target.checked ? 'partial' : 'whole' } })} />
            </td>
            <td>
              <input type="text" aria-label={`${m.town} 角色`} value={m.role} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { role: e.target.value } })} />
            </td>
            <td>
              <select aria-label={`${m.town} 角色类型`} value={m.roleKind} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { roleKind: e.target.value as RoleKind } })}>
                {Object.entries(ROLE_KIND_LABEL).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <select aria-label={`${m.town} 角色出自`} value={m.roleWording} onChange={(e) => dispatchEditor({ type: 'member/set', id: element.id, town: m.town, patch: { roleWording: e.target.value as RoleWording } })}>
                {Object.entries(ROLE_WORDINGS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button type="button" aria-label={`移除 ${m.town}`} onClick={() => dispatchEditor({ type: 'member/toggle', id: element.id, town: m.town })}>
                移除
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AxisPaths({ element }: { element: LayoutElement }) {
  const paths = element.axisPaths ?? [];
  const last = Math.max(0, paths.length - 1);
  return (
    <div className="pe-axis">
      <p className="hint">按顺序点击地图上的镇街（或在下面输入），轴线依次连接它们；每个经过的镇街也成为成员。</p>
      <TownPicker label={`接到第 ${last + 1} 条轴线`} action="接到轴线" onPick={(town) => dispatchEditor({ type: 'axis/append', id: element.id, path: last, town })} />
      {paths.map((path, p) => (
        <ol key={p} className="pe-axis-path" aria-label={`第 ${p + 1} 条轴线`}>
          {path.map((town, k) => (
            <li key={`${town}-${k}`}>
              {town}
              <button type="button" className="link" aria-label={`从第 ${p + 1} 条轴线去掉第 ${k + 1} 个 ${town}`} onClick={() => dispatchEditor({ type: 'axis/removeAt', id: element.id, path: p, index: k })}>
                ×
              </button>
            </li>
          ))}
          {path.length === 0 ? <li className="hint">（空）</li> : null}
        </ol>
      ))}
      <button type="button" onClick={() => dispatchEditor({ type: 'axis/newPath', id: element.id })} disabled={paths.at(-1)?.length === 0}>
        另起一条轴线
      </button>
    </div>
  );
}

/** The form of the selected element: names, kind, draw style, colour, source, members, axis or base. */
export function ElementEditor({ element, problems, others }: { element: LayoutElement; problems: string[]; others: readonly LayoutElement[] }) {
  const area = element.figures?.plannedArea;
  return (
    <section className="pe-element" aria-label={`编辑元素 ${element.nameZh}`}>
      <div className="pe-grid">
        <TextField element={element} field="nameZh" path="nameZh" label="名称" problems={problems} value={element.nameZh} />
        <TextField element={element} field="nameEn" path="nameEn" label="英文名称" problems={problems} value={element.nameEn} />
        <SelectField label="类型" problem={fieldProblem(problems, 'kind')} value={element.kind} options={ELEMENT_KIND_LABEL} onChange={(kind) => dispatchEditor({ type: 'element/setKind', id: element.id, kind: kind as ElementKind })} />
        <SelectField label="画法" problem={fieldProblem(problems, 'draw')} value={element.draw} options={DRAW_STYLE_LABEL} onChange={(draw) => dispatchEditor({ type: 'element/setDraw', id: element.id, draw: draw as DrawStyle })} />
        <SelectField label="依据" problem={fieldProblem(problems, 'factKind')} value={element.factKind} options={FACT_KINDS} onChange={(factKind) => dispatchEditor({ type: 'element/setFactKind', id: element.id, factKind: factKind as FactKind })} />
        <Field label="上级元素" problem={fieldProblem(problems, 'parentId')}>
          {(a11y) => (
            <select value={element.parentId ?? ''} onChange={(e) => dispatchEditor({ type: 'element/setParent', id: element.id, parentId: e.target.value || null })} {...a11y}>
              <option value="">（无）</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.nameZh}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField element={element} field="sourceDocument" path="source › document" label="出处文件" problems={problems} value={element.source.document ?? ''} />
        <TextField element={element} field="section" path="source › section" label="出处章节" problems={problems} value={element.source.section ?? ''} />
        <TextField element={element} field="description" path="description" label="说明（我们的话）" problems={problems} value={element.description} multiline />
      </div>
      <Palette element={element} />
      {element.draw === 'base' ? (
        <div className="pe-grid">
          <TextField element={element} field="areaText" path="figures › plannedArea › text" label="规划面积（原文）" problems={problems} value={area?.text ?? ''} />
          <Field label="规划面积（km²，决定圆点大小）" problem={fieldProblem(problems, 'figures › plannedArea › km2')}>
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
      <h4>镇街</h4>
      {element.draw === 'axis' ? (
        <AxisPaths element={element} />
      ) : (
        <TownPicker label={element.draw === 'base' ? '基地所在镇街' : '成员镇街'} action="加入 / 移出" onPick={(town) => dispatchEditor({ type: 'member/toggle', id: element.id, town })} />
      )}
      <Members element={element} />
      {problems.length ? (
        <ul className="pe-element-problems" aria-label="此元素的问题">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
