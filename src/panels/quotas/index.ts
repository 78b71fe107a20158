export { QuotaControls } from './QuotaControls';
export { QuotaImportDialog, type QuotaImportDialogProps } from './QuotaImportDialog';
export { QuotaSummary, type QuotaSummaryProps } from './QuotaSummary';
export { QuotaTable, type QuotaTableProps } from './QuotaTable';
export { TownQuotaSummary, type TownQuotaSummaryProps } from './TownQuotaSummary';
export { download, downloadCsv } from '../../app/download';
