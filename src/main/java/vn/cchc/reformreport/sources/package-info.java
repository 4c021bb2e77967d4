/**
 * The appendix sources built into the reform reports: tasks by reform area (plan), dossiers (dossier), indicator
 * values and targets met (indicator). Each is an {@link vn.cchc.reformreport.AppendixSource} like those other modules add.
 */
package vn.cchc.reformreport.sources;
