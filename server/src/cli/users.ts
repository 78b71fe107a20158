/**
 * npm run users -- add <name> --role planner|town|viewer [--unit 长安镇] --password-stdin
 *                  list | disable <name> | enable <name> | reset-password <name> --password-stdin
 */
import { parseArgs } from 'node:util';
import { addUser, listUsers, resetPassword, setDisabled, ROLES, ROLE_LABELS, type Role } from '../auth/users';
import { configFromEnv } from '../config';
import { openMigrated } from '../open';
import { readFirstLine } from './readStdin';

const USAGE = `用法：
  npm run users -- add <用户名> --role planner|town|viewer [--unit 长安镇] --password-stdin
  npm run users -- list
  npm run users -- disable <用户名>
  npm run users -- enable <用户名>
  npm run users -- reset-password <用户名> --password-stdin
密码从标准输入读取第一行，例如：printf '%s\\n' "$PASSWORD" | npm run users -- add ...`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, unit: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
});
const [command, name] = positionals;

async function password(): Promise<string> {
  if (!values['password-stdin']) throw new Error('请用 --password-stdin 从标准输入提供密码（不要把密码写在命令行上）');
  return readFirstLine();
}

async function main(): Promise<void> {
  if (!command || (command !== 'list' && !name)) throw new Error(USAGE);
  const { db, close } = await openMigrated(configFromEnv(), `npm run users -- ${command}`);
  try {
    switch (command) {
      case 'add': {
        const role = (values.role ?? '') as Role;
        if (!ROLES.includes(role)) throw new Error(`--role 应为 ${ROLES.join('、')}`);
        const user = await addUser(db, name, role, values.unit ?? null, await password());
        console.log(`已添加 ${user.username}（${ROLE_LABELS[user.role]}${user.unit ? `，${user.unit}` : ''}）`);
        break;
      }
      case 'list':
        for (const u of await listUsers(db)) console.log(`${u.username}\t${u.role}\t${u.unit ?? '-'}\t${u.disabled ? '已停用' : '启用'}`);
        break;
      case 'disable':
      case 'enable':
        if (!(await setDisabled(db, name, command === 'disable'))) throw new Error(`没有用户 ${name}`);
        console.log(`${command === 'disable' ? '已停用' : '已启用'} ${name}${command === 'disable' ? '（其登录已失效）' : ''}`);
        break;
      case 'reset-password':
        if (!(await resetPassword(db, name, await password()))) throw new Error(`没有用户 ${name}`);
        console.log(`已重设 ${name} 的密码（其登录已失效）`);
        break;
      default:
        throw new Error(USAGE);
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
