import { useState, type DragEvent } from 'react';
import { boundaryLabel, useBoundarySwitch, useGeo } from '../../app/GeoContext';
import { useBoundaryImportStore } from '../../boundaries/importStore';
import { BoundaryReportView } from './BoundaryReportView';

/** The planner's 边界 tab: import a boundary file, read its report, accept it or restore the default. */
export function BoundaryPanel() {
  const geo = useGeo();
  const boundaries = useBoundarySwitch();
  const { status, stage, share, report, result, message, fileName, start, cancel, clear } = useBoundaryImportStore();
  const [dragging, setDragging] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  if (!boundaries) return <p>边界导入在此页面不可用。</p>;
  const reference = boundaries.defaultGeo.meta;
  const choose = (file: File | undefined) => {
    if (file) start(file, reference);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const accept = async () => {
    if (!result) return;
    setSaveError(null);
    try {
      await boundaries.accept(result.topology, result.meta);
      clear();
    } catch (error) {
      setSaveError(`边界未能保存到浏览器（${(error as Error).message}），仍使用原来的边界。`);
    }
  };
  const restore = async () => {
    try {
      await boundaries.restoreDefault();
    } catch (error) {
      setSaveError(`未能清除浏览器中保存的边界（${(error as Error).message}）。`);
    }
  };
  return (
    <section className="boundary-panel" aria-label="边界">
      <h2>边界</h2>
      <p className="boundary-current">
        当前使用：<strong data-testid="boundary-current">{boundaryLabel(geo)}</strong>
      </p>
      {boundaries.imported && (
        <button type="button" onClick={restore}>
          恢复默认边界
        </button>
      )}
      <p className="hint">
        导入官方镇街边界：GeoJSON、压缩的 Shapefile（.zip，含 .shp、.dbf、.prj）或 KML。文件只在本浏览器中检查和保存，不会上传。
      </p>
      <label
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>把边界文件拖到这里，或</span>
        <span className="choose" aria-hidden="true">
          选择文件…
        </span>
        <input
          type="file"
          accept=".geojson,.json,.zip,.kml"
          aria-label="选择边界文件"
          disabled={status === 'running'}
          onChange={(e) => {
            choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {status === 'running' && (
        <div className="boundary-progress" role="status">
          <progress max={1} value={share} aria-label="处理进度" /> {fileName}：{stage}（{Math.round(share * 100)}%）
          <button type="button" onClick={cancel}>
            取消
          </button>
        </div>
      )}
      {message && (
        <p className={status === 'failed' ? 'boundary-error' : 'hint'} role={status === 'failed' ? 'alert' : undefined}>
          {message}
        </p>
      )}
      {saveError && (
        <p className="boundary-error" role="alert">
          {saveError}
        </p>
      )}
      {report && <BoundaryReportView report={report} reference={reference} />}
      {status === 'done' && (
        <div className="boundary-actions">
          {result && (
            <button type="button" className="primary" onClick={accept}>
              采用这些边界
            </button>
          )}
          <button type="button" onClick={clear}>
            {result ? '放弃' : '关闭报告'}
          </button>
        </div>
      )}
    </section>
  );
}
