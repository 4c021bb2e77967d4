package vn.cchc.backup;

/** A backup or restore that was not done, with the reason in Vietnamese naming the file, the table or the setting. */
class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }
}
