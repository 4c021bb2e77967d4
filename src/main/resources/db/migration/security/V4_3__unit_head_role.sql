-- The head of a unit (thủ trưởng đơn vị), told when the unit's work stays overdue (vn.cchc.reminder escalation).
-- In the security range, as the role is security's; the reminder module is the first to read it.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('ADMIN', 'STANDING_AGENCY', 'UNIT_OFFICER', 'LEADER', 'APPRAISER', 'VIEWER', 'UNIT_HEAD'));
