import { describe, expect, it } from 'vitest';
import { readUsersArgs, USERS_USAGE } from '../src/cli/usersArgs';

describe('npm run users: the command line', () => {
  it('reads a command, its user and options', () => {
    expect(readUsersArgs(['add', 'zhang', '--role', 'town', '--unit', '长安镇', '--password-stdin'])).toEqual({
      args: { command: 'add', name: 'zhang', role: 'town', unit: '长安镇', passwordStdin: true },
    });
  });

  it('prints the usage when asked, and nothing is run', () => {
    expect(readUsersArgs(['--help'])).toEqual({ print: USERS_USAGE, exitCode: 0 });
    expect(readUsersArgs(['add', 'zhang', '-h'])).toEqual({ print: USERS_USAGE, exitCode: 0 });
  });

  it('names a mistyped option, an option without its value and a password put on the line, with the usage', () => {
    const unknown = readUsersArgs(['add', 'zhang', '--town', '长安镇']);
    expect(unknown).toMatchObject({ exitCode: 2 });
    expect('print' in unknown && unknown.print).toMatch(/^未知选项 --town\n用法：/);
    const missing = readUsersArgs(['add', 'zhang', '--role']);
    expect('print' in missing && missing.print).toMatch(/^选项 --role 缺少值\n用法：/);
    const inline = readUsersArgs(['add', 'zhang', '--password-stdin=secret']);
    expect('print' in inline && inline.print).toMatch(/^选项 --password-stdin 不带值（密码从标准输入读取）/);
    expect('print' in inline && inline.print).not.toContain('secret');
  });
});
