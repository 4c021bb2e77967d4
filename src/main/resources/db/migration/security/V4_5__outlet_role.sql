-- An outlet's account (cơ quan báo chí: Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh): signs in to see and log
-- only what was published through its own outlet. Which outlet is the propaganda module's (propaganda_outlet_account).
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('ADMIN', 'STANDING_AGENCY', 'UNIT_OFFICER', 'LEADER', 'APPRAISER', 'VIEWER', 'UNIT_HEAD', 'OUTLET'));
