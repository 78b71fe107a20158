/** npm run db -- backup <file> | restore <file> [--yes] | migrate */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { configFromEnv } from '../config';
import { changesSince, parseBackup, restoreBackup, takeBackup, type Backup } from '../db/backup';
import type { Database } from '../db/database';
import { openMigrated } from '../open';

const USAGE = '用法：npm run db -- backup <文件> | restore <文件> [--yes] | migrate';
const args = process.argv.slice(2);
const yes = args.includes('--yes');
const [command, file] = args.filter((a) => a !== '--yes');

async function writeBackup(db: Database, path: string): Promise<Backup> {
  const backup = await takeBackup(db);
  writeFileSync(`${path}.tmp`, JSON.stringify(backup));
  renameSync(`${path}.tmp`, path);
  return backup;
}

async function main(): Promise<void> {
  if (!['backup', 'restore', 'migrate'].includes(command) || (command !== 'migrate' && !file)) throw new Error(USAGE);
  const restoring = command === 'restore' ? parseBackup(readFileSync(file, 'utf8')) : null;
  const { db, schemaVersion, close } = await openMigrated(configFromEnv(), `npm run db -- ${command}`);
  try {
    if (command === 'migrate') {
      console.log(`数据库结构版本：${schemaVersion}`);
    } else if (command === 'backup') {
      const backup = await writeBackup(db, file);
      const counts = Object.entries(backup.tables).map(([t, rows]) => `${t} ${rows.length}`).join('，');
      console.log(`已备份到 ${file}（结构版本 ${backup.schemaVersion}；${counts}）`);
    } else {
      if (restoring!.upgradedFrom !== undefined) {
        console.log(`备份的结构版本是 ${restoring!.upgradedFrom}，已转换为 ${restoring!.schemaVersion} 再恢复（如 metric 列改名为 field）`);
      }
      const dropped = await changesSince(db, restoring!);
      if (dropped.audit.length || dropped.imports.length) {
        console.log(`备份（${restoring!.createdAt}）之后的修改，恢复后将丢失：`);
        for (const a of dropped.audit.slice(0, 200)) console.log(`  #${a.id} ${a.at} ${a.username} ${a.unit} ${a.year} ${a.field}: ${a.old_value ?? '空'} → ${a.new_value ?? '空'}（${a.via}）`);
        if (dropped.audit.length > 200) console.log(`  …共 ${dropped.audit.length} 项`);
        if (dropped.imports.length) console.log(`  导入：${dropped.imports.map((i) => `#${i}`).join('、')}`);
        if (!yes) throw new Error('未恢复：确认要丢弃以上修改，请加 --yes 再运行');
      }
      const before = `${file.replace(/\.json$/, '')}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
      await writeBackup(db, before);
      console.log(`恢复前的数据已先备份到 ${before}`);
      const counts = await restoreBackup(db, JSON.stringify(restoring), { yes: true });
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
