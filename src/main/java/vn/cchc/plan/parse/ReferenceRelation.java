package vn.cchc.plan.parse;

/** "Thực hiện / Triển khai" → IMPLEMENTS, "Căn cứ" → BASIS, "thay thế" → REPLACES, anything else → CITES. */
public enum ReferenceRelation { IMPLEMENTS, BASIS, REPLACES, CITES }
