/** The page layout the exports draw: src/map/page/pageLayout.ts (one layout for the screen, PNG, PDF and PowerPoint). */
export * from '../map/page/pageLayout';
