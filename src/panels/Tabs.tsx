import { useState, type ReactNode } from 'react';

export interface TabDefinition {
  id: string;
  label: string;
  render: () => ReactNode;
  /** Called when the user opens the tab. */
  onActivate?: () => void;
}

export function Tabs({ tabs, label }: { tabs: TabDefinition[]; label: string }) {
  const [current, setCurrent] = useState(tabs[0]?.id);
  const active = tabs.find((t) => t.id === current) ?? tabs[0];
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active?.id}
            aria-controls={`tabpanel-${tab.id}`}
            onClick={() => {
              setCurrent(tab.id);
              tab.onActivate?.();
            }}
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
