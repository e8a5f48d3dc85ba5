/**
 * Checks of an applicant's data against a shared national database instead of asking for paper
 * (QĐ 766 group 4, indicator 4.4; DOMAIN.md §9): the population database (Cơ sở dữ liệu quốc gia về
 * dân cư) for citizens, the business registry for organisations, and other shared databases.
 */
export const SHARED_DATA_SOURCES = ['population_database', 'business_registry', 'land_database', 'other_shared_database'] as const;
export type SharedDatabase = (typeof SHARED_DATA_SOURCES)[number];

/** `unavailable`: the database could not be reached, so the data was asked for on paper (not counted for 4.4). */
export const SHARED_DATA_OUTCOMES = ['matched', 'mismatch', 'unavailable'] as const;
export type SharedDataOutcome = (typeof SHARED_DATA_OUTCOMES)[number];

export const SHARED_DATA_SOURCE_LABELS: Record<SharedDatabase, string> = {
  population_database: 'Cơ sở dữ liệu quốc gia về dân cư',
  business_registry: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
  land_database: 'Cơ sở dữ liệu đất đai',
  other_shared_database: 'Cơ sở dữ liệu dùng chung khác',
};
