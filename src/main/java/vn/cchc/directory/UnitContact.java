package vn.cchc.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How to reach a unit. The unit's own officer keeps it up to date; blank text is stored as null. */
record UnitContact(
        @Size(max = 500, message = "{unit.contact.tooLong}") String address,
        @Size(max = 64, message = "{unit.contact.tooLong}") String phone,
        @Size(max = 255, message = "{unit.contact.tooLong}") @Email(message = "{unit.contact.email.invalid}") String email,
        @Size(max = 200, message = "{unit.contact.tooLong}") String headName) {

    public UnitContact {
        address = UnitStructure.clean(address);
        phone = UnitStructure.clean(phone);
        email = UnitStructure.clean(email);
        headName = UnitStructure.clean(headName);
    }
}
