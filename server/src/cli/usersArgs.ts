/** The command line of `npm run users`, read without a stack trace for a mistyped option. */
import { parseArgs } from 'node:util';

export const USERS_USAGE = `用法：
  npm run users -- add <用户名> --role planner|town|viewer [--unit 长安镇] --password-stdin
  npm run users -- list
  npm run users -- disable <用户名>
  npm run users -- enable <用户名>
  npm run users -- reset-password <用户名> --password-stdin
密码从标准输入读取第一行，例如：printf '%s\\n' "$PASSWORD" | npm run users -- add ...`;

export interface UsersArgs {
  command?: string;
  name?: string;
  role?: string;
  unit?: string;
  passwordStdin: boolean;
}

/**
 * The command and its options, or what to print instead: the usage when asked for (--help, -h;
 * exit 0), or what is wrong with the line and the usage (an unknown option, an option without its
 * value, a value given to --password-stdin; exit 2).
 */
export function readUsersArgs(argv: string[]): { args: UsersArgs } | { print: string; exitCode: 0 | 2 } {
  if (argv.includes('--help') || argv.includes('-h')) return { print: USERS_USAGE, exitCode: 0 };
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, unit: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    });
    const [command, name] = positionals;
    return { args: { command, name, role: values.role, unit: values.unit, passwordStdin: values['password-stdin'] === true } };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    const problem =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `未知选项 ${option}`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message) ? `选项 ${option} 不带值（密码从标准输入读取）`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `选项 ${option} 缺少值`
      : message;
    return { print: `${problem}\n${USERS_USAGE}`, exitCode: 2 };
  }
}
