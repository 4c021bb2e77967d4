-- The head of a unit (thủ trưởng đơn vị), told when the unit's work stays overdue (vn.cchc.reminder escalation).
-- Numbered in the reminder module's range: the role was added for it.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('ADMIN', 'STANDING_AGENCY', 'UNIT_OFFICER', 'LEADER', 'APPRAISER', 'VIEWER', 'UNIT_HEAD'));
