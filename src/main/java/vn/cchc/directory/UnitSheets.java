package vn.cchc.directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.io.InputStream;
import java.util.List;

/** The directory as Excel, for people: import a sheet, hand out the empty template, export what is stored. */
@Service
class UnitSheets {

    private final UnitSheet sheet;
    private final DirectoryAdministration administration;
    private final Units units;

    UnitSheets(UnitSheet sheet, DirectoryAdministration administration, Units units) {
        this.sheet = sheet;
        this.administration = administration;
        this.units = units;
    }

    ImportResult importFile(String fileName, InputStream in) {
        return administration.importUnits(sheet.read(fileName, in));
    }

    byte[] template() {
        return sheet.write(List.of());
    }

    @Transactional(readOnly = true)
    byte[] export() {
        return sheet.write(units.all());
    }

    /** The name as the user's computer called it, without a path some browsers include. */
    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "units.xlsx";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
