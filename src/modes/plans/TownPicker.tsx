import { useId, useState } from 'react';
import { unknownTown } from '../../plans/planFile';
import { TOWN_FACTS, resolveTownName } from '../../towns/townFacts';
import { planEditorMessages as m } from '../../i18n/catalogue/plansMode';
import { useT } from '../../i18n/messages';

/** The town a typed text means: the full name, a short name (长安), a pinyin (humen), or the one town whose name or pinyin starts with it. */
export function townOfText(text: string): string | undefined {
  const resolved = resolveTownName(text);
  if (resolved) return resolved;
  const q = text.trim();
  if (!q) return undefined;
  const exact = TOWN_FACTS.find((t) => t.pinyin.toLowerCase() === q.toLowerCase());
  if (exact) return exact.name;
  const starts = TOWN_FACTS.filter((t) => t.name.startsWith(q) || t.shortName.startsWith(q) || t.pinyin.toLowerCase().startsWith(q.toLowerCase()));
  return starts.length === 1 ? starts[0].name : undefined;
}

/**
 * The keyboard's way to pick a town (beside a click on the map): a text box with the towns as
 * suggestions (full name, short name or pinyin), Enter or the button to pick. A name it does not
 * know is said, with the nearest town.
 */
export function TownPicker({ label, action, onPick }: { label: string; action: string; onPick: (town: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const listId = useId();
  const problemId = useId();
  const pick = () => {
    const town = townOfText(text);
    if (!town) {
      setProblem(text.trim() ? unknownTown(text.trim()) : t(m.typeTown));
      return;
    }
    onPick(town);
    setText('');
    setProblem('');
  };
  return (
    <div className="pe-picker">
      <label>
        {label}
        <input
          type="text"
          role="combobox"
          aria-expanded={false}
          aria-autocomplete="list"
          list={listId}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          placeholder={t(m.townPlaceholder)}
          onChange={(e) => {
            setText(e.target.value);
            setProblem('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              pick();
            }
          }}
        />
      </label>
      <datalist id={listId}>
        {TOWN_FACTS.map((t) => (
          <option key={t.name} value={t.name}>
            {t.shortName} {t.pinyin}
          </option>
        ))}
      </datalist>
      <button type="button" onClick={pick}>
        {action}
      </button>
      {problem ? (
        <p id={problemId} className="pe-field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
