import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDefinition {
  id: string;
  label: string;
  render: () => ReactNode;
  /** Called when the user opens the tab. */
  onActivate?: () => void;
}

/**
 * Tabs after the WAI-ARIA tabs pattern: one tab stop (the selected tab), ←/→ move and open the
 * previous/next tab (wrapping), Home/End the first/last.
 */
export function Tabs({ tabs, label }: { tabs: TabDefinition[]; label: string }) {
  const [current, setCurrent] = useState(tabs[0]?.id);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const active = tabs.find((t) => t.id === current) ?? tabs[0];
  const open = (tab: TabDefinition, focus = false) => {
    setCurrent(tab.id);
    tab.onActivate?.();
    if (focus) buttons.current.get(tab.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === active?.id);
    const target =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null;
    if (target === null) return;
    event.preventDefault();
    open(tabs[target], true);
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active?.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === active?.id ? 0 : -1}
            onClick={() => open(tab)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {active && (
        <div role="tabpanel" id={`tabpanel-${active.id}`} aria-labelledby={`tab-${active.id}`} className="tabpanel">
          {active.render()}
        </div>
      )}
    </div>
  );
}
