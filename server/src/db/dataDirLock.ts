import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: two processes opening the same folder would corrupt it. The
 * server and the users/db commands take this lock (a pid file); a lock left by a dead process
 * (killed, crashed) is taken over.
 */
export function lockDataDir(dataDir: string, what: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'dgmap.lock');
  if (existsSync(file)) {
    const [pidText, holder] = readFileSync(file, 'utf8').split('\n');
    const pid = Number(pidText);
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`数据目录 ${dataDir} 正被另一个进程（${holder ?? '服务器'}，pid ${pid}）使用。内置数据库只能由一个进程打开：请先停止它，或改用 DATABASE_URL 连接 PostgreSQL。`);
    }
  }
  writeFileSync(file, `${process.pid}\n${what}\n`);
  return () => {
    try {
      if (readFileSync(file, 'utf8').startsWith(`${process.pid}\n`)) rmSync(file);
    } catch {
      // already gone
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
