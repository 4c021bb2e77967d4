package vn.cchc.search;

import java.util.List;

/**
 * Abbreviations officers type for the words documents spell out ("cchc" for "cải cách hành chính"): the words an
 * already folded word stands for, or none. The directory knows them (its unit names are keyed the same way).
 */
public interface WordExpansions {

    List<String> expand(String foldedWord);
}
