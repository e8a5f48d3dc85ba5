import fc from 'fast-check';
import { ALL_STATUSES, DossierStatus, isClosed, isDossierStatus, isOpen, isProcessingEnded } from './status';
import { DOSSIER_ACTIONS, DossierAction, actionLabel, allowedActions, isDossierAction, transition } from './state-machine';

/** The expected table, written out by hand from the brief: "from action to". */
const EXPECTED = `
1 receive 2
1 refuse 3
1 stop 8
1 withdraw 7
2 refuse 3
2 start_processing 4
2 request_supplement 5
2 resolve 9
2 stop 8
2 withdraw 7
4 refuse 3
4 request_supplement 5
4 request_payment 6
4 resolve 9
4 stop 8
4 withdraw 7
5 receive_supplement 4
5 stop 8
5 withdraw 7
6 payment_received 4
6 stop 8
6 withdraw 7
9 return_result 10
`;

const expected = new Map<string, number>(
  EXPECTED.trim()
    .split('\n')
    .map((line) => line.split(' '))
    .map(([from, action, to]) => [`${from} ${action}`, Number(to)]),
);

const statusArb = fc.constantFrom(...ALL_STATUSES);
const actionArb = fc.constantFrom(...DOSSIER_ACTIONS);

describe('transition table', () => {
  const pairs = ALL_STATUSES.flatMap((status) => DOSSIER_ACTIONS.map((action) => [status, action] as const));

  it.each(pairs)('status %i, action %s matches the written table', (status, action) => {
    const result = transition(status, action);
    const to = expected.get(`${status} ${action}`);
    if (to === undefined) {
      expect(result).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', reason: expect.any(String) });
    } else {
      expect(result).toEqual({ ok: true, to });
    }
  });

  it('has exactly 23 allowed transitions', () => {
    const allowed = pairs.filter(([status, action]) => transition(status, action).ok);
    expect(allowed).toHaveLength(23);
  });

  it('lists allowed actions per status', () => {
    expect(allowedActions(1)).toEqual(['receive', 'refuse', 'stop', 'withdraw']);
    expect(allowedActions(2)).toEqual(['refuse', 'start_processing', 'request_supplement', 'resolve', 'stop', 'withdraw']);
    expect(allowedActions(4)).toEqual(['refuse', 'request_supplement', 'request_payment', 'resolve', 'stop', 'withdraw']);
    expect(allowedActions(5)).toEqual(['receive_supplement', 'stop', 'withdraw']);
    expect(allowedActions(6)).toEqual(['payment_received', 'stop', 'withdraw']);
    expect(allowedActions(9)).toEqual(['return_result']);
    for (const terminal of [3, 7, 8, 10] as const) expect(allowedActions(terminal)).toEqual([]);
  });
});

describe('refusal reasons', () => {
  it('explains in Vietnamese with the current status', () => {
    expect(transition(DossierStatus.SupplementRequested, 'resolve')).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      reason: 'Không thể hoàn thành xử lý hồ sơ khi hồ sơ đang ở trạng thái "Yêu cầu bổ sung giấy tờ".',
    });
  });

  it('says the dossier has ended for terminal statuses', () => {
    const result = transition(DossierStatus.Returned, 'withdraw');
    expect(result).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      reason: 'Hồ sơ đã kết thúc (trạng thái "Đã trả kết quả"), không thể rút hồ sơ.',
    });
  });

  it('refuses unknown statuses and actions coming from untyped input', () => {
    const badStatus = transition(42 as DossierStatus, 'receive');
    expect(badStatus).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(!badStatus.ok && badStatus.reason).toContain('42');
    const badAction = transition(1, 'approve' as DossierAction);
    expect(badAction).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(!badAction.ok && badAction.reason).toContain('approve');
    expect(allowedActions(0 as DossierStatus)).toEqual([]);
  });

  it('every action has a Vietnamese label', () => {
    for (const action of DOSSIER_ACTIONS) expect(actionLabel(action).length).toBeGreaterThan(0);
    expect(isDossierAction('resolve')).toBe(true);
    expect(isDossierAction('approve')).toBe(false);
  });
});

describe('state machine properties', () => {
  it('every (status, action) is allowed with a valid target or refused with a reason', () => {
    fc.assert(
      fc.property(statusArb, actionArb, (status, action) => {
        const result = transition(status, action);
        if (result.ok) return isDossierStatus(result.to) && result.to !== status;
        return result.code === 'ILLEGAL_TRANSITION' && result.reason.trim().length > 10;
      }),
    );
  });

  it('allowedActions agrees with transition', () => {
    fc.assert(
      fc.property(statusArb, actionArb, (status, action) => {
        return allowedActions(status).includes(action) === transition(status, action).ok;
      }),
    );
  });

  it('terminal (closed) statuses refuse everything, and only they do', () => {
    fc.assert(
      fc.property(statusArb, actionArb, (status, action) => {
        if (isClosed(status)) return !transition(status, action).ok;
        return allowedActions(status).length > 0;
      }),
    );
  });

  it('random walks of allowed actions from 1 stay within valid statuses and never reopen', () => {
    const walk = fc.array(fc.nat(), { maxLength: 30 });
    fc.assert(
      fc.property(walk, (choices) => {
        let status: DossierStatus = DossierStatus.Registered;
        for (const choice of choices) {
          const actions = allowedActions(status);
          if (actions.length === 0) break;
          const result = transition(status, actions[choice % actions.length]);
          if (!result.ok || !isDossierStatus(result.to)) return false;
          if (isProcessingEnded(status) && isOpen(result.to)) return false;
          status = result.to;
        }
        return isDossierStatus(status);
      }),
    );
  });

  it('10 is reached only from 9, and 9 only from 2 or 4', () => {
    fc.assert(
      fc.property(statusArb, actionArb, (status, action) => {
        const result = transition(status, action);
        if (!result.ok) return true;
        if (result.to === DossierStatus.Returned) return status === DossierStatus.Resolved;
        if (result.to === DossierStatus.Resolved) return status === DossierStatus.Received || status === DossierStatus.Processing;
        return true;
      }),
    );
  });
});
