package io.frontdesk.core;

/** Ascending or descending. */
public enum SortOrder { ASC, DESC }
