import { useEffect, useRef } from 'react';

/** How long a point of the trail stays visible, in milliseconds. */
const LASER_FADE_MS = 800;

interface TrailPoint {
  x: number;
  y: number;
  t: number;
  /** First point of a stroke: not joined to the one before. */
  start: boolean;
}

/**
 * A canvas over the map. While active it takes the pointer (so the map does not pan or zoom) and,
 * while the pointer is held down, draws a red trail whose points fade out over LASER_FADE_MS.
 */
export function LaserPointer({ active }: { active: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const points = useRef<TrailPoint[]>([]);
  const down = useRef(false);
  const frame = useRef<number | null>(null);
  /** Whether anything was ever drawn (so an idle canvas is never touched). */
  const drawn = useRef(false);

  useEffect(() => {
    if (!active) {
      down.current = false;
      points.current = [];
      clear();
    }
  }, [active]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  function clear() {
    if (!drawn.current) return;
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
  }

  function draw() {
    frame.current = null;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    drawn.current = true;
    const ratio = window.devicePixelRatio || 1;
    const { width, height } = canvas.getBoundingClientRect();
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const now = performance.now();
    points.current = points.current.filter((p) => now - p.t < LASER_FADE_MS);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    const trail = points.current;
    for (let i = 1; i < trail.length; i++) {
      const a = trail[i - 1];
      const b = trail[i];
      if (b.start) continue;
      const alpha = Math.max(0, 1 - (now - b.t) / LASER_FADE_MS);
      ctx.strokeStyle = `rgba(239, 30, 30, ${alpha.toFixed(3)})`;
      ctx.lineWidth = 4 + 6 * alpha;
      ctx.shadowColor = `rgba(255, 60, 60, ${(alpha * 0.8).toFixed(3)})`;
      ctx.shadowBlur = 12;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    const last = trail[trail.length - 1];
    if (down.current && last) {
      ctx.shadowBlur = 18;
      ctx.shadowColor = 'rgba(255, 40, 40, 0.9)';
      ctx.fillStyle = 'rgb(239, 30, 30)';
      ctx.beginPath();
      ctx.arc(last.x, last.y, 8, 0, Math.PI * 2);
      ctx.fill();
    }
    if (down.current || points.current.length > 0) frame.current = requestAnimationFrame(draw);
  }

  function schedule() {
    if (frame.current === null) frame.current = requestAnimationFrame(draw);
  }

  function add(event: React.PointerEvent<HTMLCanvasElement>, start: boolean) {
    const box = event.currentTarget.getBoundingClientRect();
    points.current.push({ x: event.clientX - box.left, y: event.clientY - box.top, t: performance.now(), start });
    schedule();
  }

  return (
    <canvas
      ref={canvasRef}
      className={`laser-canvas${active ? ' active' : ''}`}
      data-testid="laser-canvas"
      aria-hidden="true"
      onPointerDown={(e) => {
        if (!active) return;
        e.preventDefault();
        down.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        add(e, true);
      }}
      onPointerMove={(e) => {
        if (active && down.current) add(e, false);
      }}
      onPointerUp={(e) => {
        down.current = false;
        e.currentTarget.releasePointerCapture?.(e.pointerId);
        schedule();
      }}
      onPointerCancel={() => {
        down.current = false;
        schedule();
      }}
      onContextMenu={(e) => active && e.preventDefault()}
    />
  );
}
