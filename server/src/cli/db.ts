/** npm run db -- backup <file> | restore <file> | migrate */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { configFromEnv } from '../config';
import { restoreBackup, takeBackup } from '../db/backup';
import { openMigrated } from '../open';

const USAGE = '用法：npm run db -- backup <文件> | restore <文件> | migrate';
const [command, file] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!['backup', 'restore', 'migrate'].includes(command) || (command !== 'migrate' && !file)) throw new Error(USAGE);
  const restoring = command === 'restore' ? readFileSync(file, 'utf8') : null;
  const { db, schemaVersion, close } = await openMigrated(configFromEnv(), `npm run db -- ${command}`);
  try {
    if (command === 'migrate') {
      console.log(`数据库结构版本：${schemaVersion}`);
    } else if (command === 'backup') {
      const backup = await takeBackup(db);
      writeFileSync(`${file}.tmp`, JSON.stringify(backup));
      renameSync(`${file}.tmp`, file);
      const counts = Object.entries(backup.tables).map(([t, rows]) => `${t} ${rows.length}`).join('，');
      console.log(`已备份到 ${file}（结构版本 ${backup.schemaVersion}；${counts}）`);
    } else {
      const counts = await restoreBackup(db, restoring!);
      console.log(`已从 ${file} 恢复（${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join('，')}）；所有登录已失效`);
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
