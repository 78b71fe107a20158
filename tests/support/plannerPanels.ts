import { screen, waitFor } from '@testing-library/react';

/**
 * The planner's side-panel tab contents load after its first render (src/App.tsx, "Performance" in
 * the README): a test that renders the planner waits for the open tab's contents as a user would.
 */
export async function plannerPanelsLoaded(): Promise<void> {
  await waitFor(
    () => {
      if (!screen.getByRole('tabpanel').hasChildNodes()) throw new Error("the side panel's tab is still empty");
    },
    { timeout: 10_000 },
  );
}
