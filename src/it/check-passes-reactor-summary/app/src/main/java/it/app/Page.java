package it.app;

/** A page title. */
public class Page {

    public String title(String name, boolean draft) {
        if (draft) {
            return name + " (draft)";
        }
        return name;
    }
}
