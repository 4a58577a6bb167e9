package io.factdesk.system;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

/**
 * Tells {@link HistoryRequired} of every insert, update and delete Hibernate flushes, and of every
 * collection it writes; an update that changes only fields marked {@link WithoutHistory} is not one.
 * Registered for the persistence unit; stateless (the state is the transaction's).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class EntityChanges implements Interceptor {

    @Inject
    HistoryRequired history;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        history.changed(entity, "insert");
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        Set<String> exemptFields = history.exemptFields(Hibernate.getClass(entity));
        if (exemptFields == null) {
            return false;
        }
        for (int i = 0; i < propertyNames.length; i++) {
            if (!exemptFields.contains(propertyNames[i])
                    && (previousState == null || !types[i].isEqual(previousState[i], currentState[i]))) {
                history.changed(entity, "update");
                break;
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        history.changed(entity, "delete");
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        collectionChanged(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionChanged(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionChanged(collection);
    }

    private void collectionChanged(Object collection) {
        if (collection instanceof PersistentCollection<?> c && c.getOwner() != null) {
            history.changed(c.getOwner(), "update of " + c.getRole());
        }
    }

}
