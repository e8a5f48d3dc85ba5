import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working calendar: official days off per year (seeded with the announced years 2023–2026 and
 * their sources), per-agency extra days off or working days, and a revision counter that tells every
 * service instance when its cached calendars are stale.
 */
export class WorkingCalendar1764000100000 implements MigrationInterface {
  name = 'WorkingCalendar1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        days_off jsonb NOT NULL,
        working_saturdays jsonb NOT NULL,
        periods jsonb NOT NULL DEFAULT '[]',
        confirmed boolean NOT NULL,
        source text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL DEFAULT 'migration'
      )`);
    await db.query(`
      CREATE TABLE agency_calendar_days (
        agency_code text NOT NULL REFERENCES agencies(code),
        date date NOT NULL,
        working boolean NOT NULL,
        reason text NOT NULL DEFAULT '',
        PRIMARY KEY (agency_code, date)
      )`);
    await db.query(`CREATE TABLE calendar_revision (id smallint PRIMARY KEY CHECK (id = 1), revision bigint NOT NULL)`);
    await db.query(`INSERT INTO calendar_revision VALUES (1, 1)`);
    for (const year of OFFICIAL_YEARS) {
      await db.query(
        `INSERT INTO calendar_years (year, days_off, working_saturdays, periods, confirmed, source) VALUES ($1, $2, $3, $4, true, $5)`,
        [year.year, JSON.stringify(year.daysOff), JSON.stringify(year.workingSaturdays), JSON.stringify(year.periods), year.source],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS calendar_revision, agency_calendar_days, calendar_years`);
  }
}

/** Copied from the announced schedules (shared/data/vn-civil-service-calendar.json) when this migration was written. */
const OFFICIAL_YEARS: { year: number; daysOff: string[]; workingSaturdays: string[]; periods: { name: string; from: string; to: string }[]; source: string }[] = [
  {
    "year": 2023,
    "daysOff": [
      "2023-01-02",
      "2023-01-20",
      "2023-01-23",
      "2023-01-24",
      "2023-01-25",
      "2023-01-26",
      "2023-05-01",
      "2023-05-02",
      "2023-05-03",
      "2023-09-01",
      "2023-09-04"
    ],
    "workingSaturdays": [],
    "periods": [
      {
        "name": "Tết Dương lịch",
        "from": "2022-12-31",
        "to": "2023-01-02"
      },
      {
        "name": "Tết Nguyên đán (Quý Mão)",
        "from": "2023-01-20",
        "to": "2023-01-26"
      },
      {
        "name": "Giỗ Tổ Hùng Vương + 30/4 + 1/5",
        "from": "2023-04-29",
        "to": "2023-05-03"
      },
      {
        "name": "Quốc khánh",
        "from": "2023-09-01",
        "to": "2023-09-04"
      }
    ],
    "source": "VB 8056/VPCP-KGVX (01/12/2022) approving Bộ LĐTBXH proposal for Tết 20–26/1/2023 and Quốc khánh 1–4/9/2023 (Bộ LĐTBXH authorised to announce); Tết Dương lịch, Giỗ Tổ, 30/4–1/5 follow BLLĐ 2019 Art. 111(3)/112 (nghỉ bù). Secondary confirmations: news reports (truyenhinhnghean.vn, suckhoecongdongonline.vn, kinhtedothi.vn), vacanza/holidays test data."
  },
  {
    "year": 2024,
    "daysOff": [
      "2024-01-01",
      "2024-02-08",
      "2024-02-09",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
      "2024-04-18",
      "2024-04-29",
      "2024-04-30",
      "2024-05-01",
      "2024-09-02",
      "2024-09-03"
    ],
    "workingSaturdays": [
      "2024-05-04"
    ],
    "periods": [
      {
        "name": "Tết Dương lịch",
        "from": "2024-01-01",
        "to": "2024-01-01"
      },
      {
        "name": "Tết Nguyên đán (Giáp Thìn)",
        "from": "2024-02-08",
        "to": "2024-02-14"
      },
      {
        "name": "Giỗ Tổ Hùng Vương",
        "from": "2024-04-18",
        "to": "2024-04-18"
      },
      {
        "name": "30/4 + 1/5",
        "from": "2024-04-27",
        "to": "2024-05-01"
      },
      {
        "name": "Quốc khánh",
        "from": "2024-08-31",
        "to": "2024-09-03"
      }
    ],
    "source": "VB 8662/VPCP-KGVX (03/11/2023): Tết 8–14/2/2024, Quốc khánh 31/8–3/9/2024 (Bộ LĐTBXH to announce); VB 2450/VPCP-KGVX (12/4/2024) approving swap of Mon 29/4/2024 (make-up Sat 4/5/2024 — make-up date from secondary sources incl. vacanza/holidays citing Dispatch 2450)."
  },
  {
    "year": 2025,
    "daysOff": [
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02"
    ],
    "workingSaturdays": [
      "2025-04-26"
    ],
    "periods": [
      {
        "name": "Tết Dương lịch",
        "from": "2025-01-01",
        "to": "2025-01-01"
      },
      {
        "name": "Tết Nguyên đán (Ất Tỵ)",
        "from": "2025-01-25",
        "to": "2025-02-02"
      },
      {
        "name": "Giỗ Tổ Hùng Vương",
        "from": "2025-04-05",
        "to": "2025-04-07"
      },
      {
        "name": "30/4 + 1/5",
        "from": "2025-04-30",
        "to": "2025-05-04"
      },
      {
        "name": "Quốc khánh",
        "from": "2025-08-30",
        "to": "2025-09-02"
      }
    ],
    "source": "VB 8726/VPCP-KGVX (26/11/2024) + Thông báo 6150/TB-BLĐTBXH (2024) — Tết 25/1–2/2/2025, 30/4–4/5/2025 with swap Fri 2/5 → make-up Sat 26/4, Quốc khánh 30/8–2/9/2025."
  },
  {
    "year": 2026,
    "daysOff": [
      "2026-01-01",
      "2026-01-02",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
      "2026-08-31",
      "2026-09-01",
      "2026-09-02"
    ],
    "workingSaturdays": [
      "2026-01-10",
      "2026-08-22"
    ],
    "periods": [
      {
        "name": "Tết Dương lịch",
        "from": "2026-01-01",
        "to": "2026-01-04"
      },
      {
        "name": "Tết Nguyên đán (Bính Ngọ)",
        "from": "2026-02-14",
        "to": "2026-02-22"
      },
      {
        "name": "Giỗ Tổ Hùng Vương",
        "from": "2026-04-25",
        "to": "2026-04-27"
      },
      {
        "name": "30/4 + 1/5",
        "from": "2026-04-30",
        "to": "2026-05-03"
      },
      {
        "name": "Quốc khánh",
        "from": "2026-08-29",
        "to": "2026-09-02"
      }
    ],
    "source": "Thông báo 9441/TB-BNV (Bộ Nội vụ, 16/10/2025): Tết 14–22/2/2026, Quốc khánh 29/8–2/9/2026 with Mon 31/8 off and make-up Sat 22/8/2026; VB 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch 1–4/1/2026, swap Fri 2/1 → make-up Sat 10/1/2026; Giỗ Tổ (Sun 26/4) nghỉ bù Mon 27/4 and 30/4–1/5 (Thu–Fri) per BLLĐ 2019 (news: thanhnien.vn 2026-02-23, total 25 days in 2026)."
  }
];
