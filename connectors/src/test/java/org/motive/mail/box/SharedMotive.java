package org.motive.mail.box;

import org.motive.Motive;

/** One Motive for every test of the package: building it compiles the rules, which takes seconds. */
final class SharedMotive {

    private static Motive motive;

    private SharedMotive() {
    }

    static synchronized Motive get() {
        if (motive == null) {
            motive = Motive.builder().build();
        }
        return motive;
    }
}
