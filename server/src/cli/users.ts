/**
 * npm run users -- add <name> --role planner|town|viewer [--unit 长安镇] --password-stdin
 *                  list | disable <name> | enable <name> | reset-password <name> --password-stdin
 */
import { addUser, listUsers, resetPassword, setDisabled, ROLES, ROLE_LABELS, type Role } from '../auth/users';
import { configFromEnv } from '../config';
import { openMigrated } from '../open';
import { readFirstLine } from './readStdin';
import { readUsersArgs, USERS_USAGE } from './usersArgs';

const read = readUsersArgs(process.argv.slice(2));
if ('print' in read) {
  (read.exitCode === 0 ? console.log : console.error)(read.print);
  process.exit(read.exitCode);
}
const { command, name, role: roleGiven, unit, passwordStdin } = read.args;

async function password(): Promise<string> {
  if (!passwordStdin) throw new Error('请用 --password-stdin 从标准输入提供密码（不要把密码写在命令行上）');
  return readFirstLine();
}

async function main(): Promise<void> {
  if (!command || (command !== 'list' && !name)) throw new Error(USERS_USAGE);
  const username = name ?? '';
  const { db, close } = await openMigrated(configFromEnv(), `npm run users -- ${command}`);
  try {
    switch (command) {
      case 'add': {
        const role = (roleGiven ?? '') as Role;
        if (!ROLES.includes(role)) throw new Error(`--role 应为 ${ROLES.join('、')}`);
        const user = await addUser(db, username, role, unit ?? null, await password());
        console.log(`已添加 ${user.username}（${ROLE_LABELS[user.role]}${user.unit ? `，${user.unit}` : ''}）`);
        break;
      }
      case 'list':
        for (const u of await listUsers(db)) console.log(`${u.username}\t${u.role}\t${u.unit ?? '-'}\t${u.disabled ? '已停用' : '启用'}`);
        break;
      case 'disable':
      case 'enable':
        if (!(await setDisabled(db, username, command === 'disable'))) throw new Error(`没有用户 ${username}`);
        console.log(`${command === 'disable' ? '已停用' : '已启用'} ${username}${command === 'disable' ? '（其登录已失效）' : ''}`);
        break;
      case 'reset-password':
        if (!(await resetPassword(db, username, await password()))) throw new Error(`没有用户 ${username}`);
        console.log(`已重设 ${username} 的密码（其登录已失效）`);
        break;
      default:
        throw new Error(USERS_USAGE);
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  const message = (e as Error).message;
  console.error(/duplicate key|unique/i.test(message) ? `用户 ${name} 已存在` : message);
  process.exit(1);
});
