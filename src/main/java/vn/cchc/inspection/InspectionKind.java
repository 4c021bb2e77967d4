package vn.cchc.inspection;

/** What an inspection looks at: administrative reform, administrative discipline, or public service. */
enum InspectionKind { ADMINISTRATIVE_REFORM, ADMINISTRATIVE_DISCIPLINE, PUBLIC_SERVICE }
