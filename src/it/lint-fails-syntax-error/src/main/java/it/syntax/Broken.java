package it.syntax;

public class Broken {
    void x( {
    }
}
